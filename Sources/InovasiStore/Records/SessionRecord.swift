import Foundation
import GRDB
import InovasiCore

/// Rows of `mentoring_session` with its join tables `session_agency` and `session_innovation`.
enum SessionRecord {
    /// The session columns plus its agency and innovation ids as comma-separated lists; ``decode(_:)``
    /// reads them by position, so a column added here goes at the end.
    static let select = """
        SELECT s.id, \(StoredText.full("s.title", as: "title")), s.starts_at, s.ends_at,
               \(StoredText.full("s.location", as: "location")), s.mode,
               \(StoredText.full("s.speaker_name", as: "speaker_name")),
               \(StoredText.full("s.speaker_institution", as: "speaker_institution")), s.status,
               \(StoredText.full("s.notes", as: "notes")), s.uid, s.sequence,
               \(StoredText.full("s.meeting_link", as: "meeting_link")), s.lab_stage,
               \(StoredText.full("s.follow_up", as: "follow_up")), s.updated_at,
               (SELECT group_concat(agency_id) FROM session_attendance
                WHERE session_id = s.id AND \(Removal.notRemoved(.agency, "agency_id"))) AS attended_ids,
               (SELECT group_concat(agency_id) FROM session_agency
                WHERE session_id = s.id AND \(Removal.notRemoved(.agency, "agency_id"))) AS agency_ids,
               (SELECT group_concat(innovation_id) FROM session_innovation
                WHERE session_id = s.id AND \(Removal.notRemoved(.innovation, "innovation_id"))) AS innovation_ids
        FROM mentoring_session s
        """

    /// Reads a row of ``select`` by position: a calendar reads thousands of sessions per month at
    /// national scale, and a lookup by name costs more than the SQL (see `Row.value(at:)`).
    static func decode(_ row: Row) throws -> MentoringSession {
        let table = "mentoring_session"
        let updated: String? = try row.value(at: 15)
        return MentoringSession(
            id: try row.value(at: 0), title: try row.value(at: 1),
            startsAt: try row.time(at: 2, column: "starts_at", table: table),
            endsAt: try row.time(at: 3, column: "ends_at", table: table), location: try row.value(at: 4),
            mode: try row.enumValue(at: 5, column: "mode", table: table), speakerName: try row.value(at: 6),
            speakerInstitution: try row.value(at: 7),
            agencyIDs: try ids(row, 17), innovationIDs: try ids(row, 18),
            status: try row.enumValue(at: 8, column: "status", table: table), notes: try row.value(at: 9),
            uid: try row.value(at: 10), sequence: try row.value(at: 11),
            meetingLink: try row.value(at: 12), labStage: try labStage(row),
            attendedAgencyIDs: try ids(row, 16), followUp: try row.value(at: 14),
            updatedAt: try updated.map { text in
                guard let date = StoredTime.date(text) else {
                    throw CorruptValue(table: table, column: "updated_at", value: text)
                }
                return date
            })
    }

    private static func labStage(_ row: Row) throws -> LabStage? {
        let text: String? = try row.value(at: 13)
        return try text.map { text in
            guard let stage = LabStage(rawValue: text) else {
                throw CorruptValue(table: "mentoring_session", column: "lab_stage", value: text)
            }
            return stage
        }
    }

    /// Ids of a `group_concat` column, ascending.
    private static func ids(_ row: Row, _ index: Int) throws -> [Int64] {
        let text: String? = try row.value(at: index)
        return (text ?? "").split(separator: ",").compactMap { Int64($0) }.sorted()
    }

    static let insertSQL = """
        INSERT INTO mentoring_session (id, title, starts_at, ends_at, location, mode, speaker_name,
                                       speaker_institution, status, notes, uid, sequence, meeting_link,
                                       lab_stage, follow_up, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The insert's arguments; a session without a uid gets `uid` (a fresh random one by default).
    static func arguments(_ value: MentoringSession, uid: String = newUID()) -> StatementArguments {
        [
            value.id == 0 ? nil : value.id, value.title, StoredTime.text(value.startsAt), StoredTime.text(value.endsAt),
            value.location, value.mode.rawValue, value.speakerName, value.speakerInstitution, value.status.rawValue,
            value.notes, value.uid.isEmpty ? uid : value.uid, value.sequence, value.meetingLink,
            value.labStage?.rawValue, value.followUp, value.updatedAt.map(StoredTime.text),
        ]
    }

    /// A new session's calendar identity: a random UUID in the store's own domain.
    static func newUID() -> String { UUID().uuidString.lowercased() + "@inovasi" }

    static let agencyLinkSQL = "INSERT OR IGNORE INTO session_agency (session_id, agency_id) VALUES (?, ?)"
    static let innovationLinkSQL = "INSERT OR IGNORE INTO session_innovation (session_id, innovation_id) VALUES (?, ?)"
    static let attendanceLinkSQL = "INSERT OR IGNORE INTO session_attendance (session_id, agency_id) VALUES (?, ?)"

    /// Inserts the session and its links; returns its id.
    static func insert(_ value: MentoringSession, _ db: Database) throws -> Int64 {
        try db.execute(sql: insertSQL, arguments: arguments(value))
        let id = db.lastInsertedRowID
        for agencyID in value.agencyIDs {
            try db.execute(sql: agencyLinkSQL, arguments: [id, agencyID])
        }
        for innovationID in value.innovationIDs {
            try db.execute(sql: innovationLinkSQL, arguments: [id, innovationID])
        }
        return id
    }
}
