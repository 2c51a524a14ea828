import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Oldest submittedAt first, then id. A page: offset/limit (virtual lists).
    public func queue(
        _ filter: QueueFilter, now: Date, overdueDays: Int, offset: Int = 0, limit: Int = 100
    ) throws(StoreError) -> [QueueRow] {
        let query = QueueQuery(filter, now: now, overdueDays: overdueDays)
        let sql = """
            SELECT p.id, p.title, p.agency_id, a.code AS agency_code, a.name AS agency_name, p.status,
                   p.submitted_at, p.updated_at, p.version, p.form, p.kind,
                   (SELECT reviewer FROM assignment WHERE proposal_id = p.id) AS assignee
            \(QueueQuery.from)
            \(query.whereSQL)
            ORDER BY p.submitted_at, p.id
            LIMIT ? OFFSET ?
            """
        var arguments = query.arguments
        arguments += [max(0, limit), max(0, offset)]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.decodeQueueRow)
        }
    }

    /// How many proposals the filter matches, for the list's length and scroll bar.
    public func queueCount(_ filter: QueueFilter, now: Date, overdueDays: Int) throws(StoreError) -> Int {
        let query = QueueQuery(filter, now: now, overdueDays: overdueDays)
        let sql = "SELECT COUNT(*) \(QueueQuery.from) \(query.whereSQL)"
        return try read { db in try Int.fetchOne(db, sql: sql, arguments: query.arguments) ?? 0 }
    }

    private static func decodeQueueRow(_ row: Row) throws -> QueueRow {
        let table = "proposal"
        return QueueRow(
            id: try row.value("id"), title: try row.value("title"), agencyID: try row.value("agency_id"),
            agencyCode: try row.value("agency_code"), agencyName: try row.value("agency_name"),
            status: try row.enumValue("status", table: table), submittedAt: try row.time("submitted_at", table: table),
            updatedAt: try row.time("updated_at", table: table), version: try row.value("version"),
            assignee: try row.value("assignee"), form: try row.enumValue("form", table: table),
            kind: try row.enumValue("kind", table: table))
    }
}
