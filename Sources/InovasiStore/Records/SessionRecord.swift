import Foundation
import GRDB
import InovasiCore

/// Rows of `mentoring_session` with its join tables `session_agency` and `session_innovation`.
enum SessionRecord {
    /// The session columns plus its agency and innovation ids as comma-separated lists.
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

    static func decode(_ row: Row) throws -> MentoringSession {
        let table = "mentoring_session"
        return MentoringSession(
            id: try row.value("id"), title: try row.value("title"), startsAt: try row.time("starts_at", table: table),
            endsAt: try row.time("ends_at", table: table), location: try row.value("location"),
            mode: try row.enumValue("mode", table: table), speakerName: try row.value("speaker_name"),
            speakerInstitution: try row.value("speaker_institution"),
            agencyIDs: try ids(row, "agency_ids"), innovationIDs: try ids(row, "innovation_ids"),
            status: try row.enumValue("status", table: table), notes: try row.value("notes"),
            uid: try row.value("uid"), sequence: try row.value("sequence"),
            meetingLink: try row.value("meeting_link"), labStage: try labStage(row),
            attendedAgencyIDs: try ids(row, "attended_ids"), followUp: try row.value("follow_up"),
            updatedAt: try row.optionalTime("updated_at", table: table))
    }

    private static func labStage(_ row: Row) throws -> LabStage? {
        let text: String? = try row.value("lab_stage")
        return try text.map { text in
            guard let stage = LabStage(rawValue: text) else {
                throw CorruptValue(table: "mentoring_session", column: "lab_stage", value: text)
            }
            return stage
        }
    }

    /// Ids of a `group_concat` column, ascending.
    private static func ids(_ row: Row, _ column: String) throws -> [Int64] {
        let text: String? = try row.value(column)
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
