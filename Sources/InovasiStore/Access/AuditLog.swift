import Foundation
import GRDB
import InovasiCore

/// Appends to and reads the append-only `audit_log` (the file refuses updates and deletes).
enum AuditLog {
    static let insertSQL = """
        INSERT INTO audit_log (at, user, action, entity, entity_id, before, after, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let selectSQL =
        "SELECT id, at, user, action, entity, entity_id, before, after, \(StoredText.full("note", as: "note")) FROM audit_log"

    /// Appends one row inside the caller's transaction.
    static func append(
        _ db: Database, at: Date, user: String, action: String, entity: String, entityID: Int64?,
        before: String? = nil, after: String? = nil, note: String = ""
    ) throws {
        try db.execute(
            sql: insertSQL,
            arguments: [StoredTime.text(at), user, action, entity, entityID, before, after, note])
    }

    /// The statement arguments of `entry`, for a prepared statement reused in bulk.
    static func arguments(_ entry: AuditEntry) -> StatementArguments {
        [
            StoredTime.text(entry.at), entry.user, entry.action, entry.entity, entry.entityID, entry.before,
            entry.after, entry.note,
        ]
    }

    static func decode(_ row: Row) throws -> AuditEntry {
        AuditEntry(
            id: try row.value("id"), at: try row.time("at", table: "audit_log"), user: try row.value("user"),
            action: try row.value("action"), entity: try row.value("entity"), entityID: try row.value("entity_id"),
            before: try row.value("before"), after: try row.value("after"), note: try row.value("note"))
    }

    /// The last entry about one entity: who changed it last, for a stale-version refusal.
    static func last(entity: String, id: Int64, _ db: Database) throws -> AuditEntry? {
        let sql = selectSQL + " WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"
        return try Row.fetchOne(db, sql: sql, arguments: [entity, id]).map(decode)
    }
}
