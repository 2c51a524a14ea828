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
               \(StoredText.full("s.notes", as: "notes")),
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
            status: try row.enumValue("status", table: table), notes: try row.value("notes"))
    }

    /// Ids of a `group_concat` column, ascending.
    private static func ids(_ row: Row, _ column: String) throws -> [Int64] {
        let text: String? = try row.value(column)
        return (text ?? "").split(separator: ",").compactMap { Int64($0) }.sorted()
    }

    static let insertSQL = """
        INSERT INTO mentoring_session (id, title, starts_at, ends_at, location, mode, speaker_name,
                                       speaker_institution, status, notes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func arguments(_ value: MentoringSession) -> StatementArguments {
        [
            value.id == 0 ? nil : value.id, value.title, StoredTime.text(value.startsAt), StoredTime.text(value.endsAt),
            value.location, value.mode.rawValue, value.speakerName, value.speakerInstitution, value.status.rawValue,
            value.notes,
        ]
    }

    static let agencyLinkSQL = "INSERT OR IGNORE INTO session_agency (session_id, agency_id) VALUES (?, ?)"
    static let innovationLinkSQL = "INSERT OR IGNORE INTO session_innovation (session_id, innovation_id) VALUES (?, ?)"

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
