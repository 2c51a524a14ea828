import Foundation
import GRDB
import InovasiCore

/// Rows of `iid_evidence` (schema version 10): one per year, innovation (NULL: the region) and
/// indicator. The key's innovation is compared through `ifnull(innovation_id, 0)`, as its index is.
enum IIDEvidenceRecord {
    static let select = """
        SELECT year, innovation_id, indicator, level, \(StoredText.full("document", as: "document")),
               \(StoredText.full("note", as: "note")), entered_by, entered_at
        FROM iid_evidence
        """

    /// The key's terms: year, innovation (0 for the region) and indicator.
    static let key = "year = ? AND ifnull(innovation_id, 0) = ? AND indicator = ?"

    static func decode(_ row: Row) throws -> IIDEvidence {
        IIDEvidence(
            year: try row.value("year"), innovationID: try row.value("innovation_id"),
            indicator: try row.value("indicator"), level: try row.value("level"), document: try row.value("document"),
            note: try row.value("note"), enteredBy: try row.value("entered_by"),
            enteredAt: try row.time("entered_at", table: "iid_evidence"))
    }

    static func keyArguments(_ value: IIDEvidence) -> StatementArguments {
        [value.year, value.innovationID ?? 0, value.indicator]
    }

    /// The stored record with the key of `value`, if any.
    static func fetch(keyOf value: IIDEvidence, _ db: Database) throws -> IIDEvidence? {
        try Row.fetchOne(db, sql: select + " WHERE " + key, arguments: keyArguments(value)).map(decode)
    }

    /// The records of one year and innovation (nil: the region), in the order they were first entered.
    static func fetchAll(year: Int, innovationID: Int64?, _ db: Database) throws -> [IIDEvidence] {
        try Row.fetchAll(
            db, sql: select + " WHERE year = ? AND ifnull(innovation_id, 0) = ? ORDER BY id",
            arguments: [year, innovationID ?? 0]
        ).map(decode)
    }

    /// Writes `value` over the row of its key, or adds the row.
    static func save(_ value: IIDEvidence, replacing: Bool, _ db: Database) throws {
        let fields: StatementArguments = [
            value.level, value.document, value.note, value.enteredBy, StoredTime.text(value.enteredAt),
        ]
        if replacing {
            try db.execute(
                sql: "UPDATE iid_evidence SET level = ?, document = ?, note = ?, entered_by = ?, entered_at = ? "
                    + "WHERE " + key,
                arguments: fields + keyArguments(value))
        } else {
            try db.execute(
                sql: "INSERT INTO iid_evidence (level, document, note, entered_by, entered_at, year, innovation_id, "
                    + "indicator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: fields + [value.year, value.innovationID, value.indicator])
        }
    }
}

extension IIDEvidenceRecord {
    /// Deletes every record of an innovation that is itself being deleted (an undone approval),
    /// each with an audit row holding it as "before", so what was entered stays in the trail.
    static func deleteAll(of innovationID: Int64, by actor: String, note: String, now: Date, _ db: Database) throws {
        let records = try Row.fetchAll(
            db, sql: select + " WHERE innovation_id = ? ORDER BY id", arguments: [innovationID]
        ).map(decode)
        for record in records {
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.iidEvidence, entity: "iid_evidence",
                entityID: innovationID, before: try AuditJSON.encode(record), note: note)
        }
        try db.execute(sql: "DELETE FROM iid_evidence WHERE innovation_id = ?", arguments: [innovationID])
    }
}

extension IIDEvidenceRecord {
    /// The demo's evidence, inside the demo import's transaction; a blank `enteredBy` becomes the
    /// user who loads the demo. No audit row each: the demo's one `demo.import` row covers it.
    static func insertDemo(_ records: [IIDEvidence], by actor: String, _ db: Database) throws {
        let statement = try db.makeStatement(
            sql: "INSERT INTO iid_evidence (year, innovation_id, indicator, level, document, note, entered_by, "
                + "entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for value in records {
            try validated(value.validate)
            try statement.execute(arguments: [
                value.year, value.innovationID, value.indicator, value.level, value.document, value.note,
                value.enteredBy.isEmpty ? actor : value.enteredBy, StoredTime.text(value.enteredAt),
            ])
        }
    }
}
