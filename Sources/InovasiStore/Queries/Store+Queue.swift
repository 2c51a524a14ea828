import Foundation
import GRDB
import InovasiCore

extension Store {
    /// One page (offset/limit, for virtual lists) of the proposals `filter` matches, in its order.
    ///
    /// `scoring` weighs each reviewer's scores into ``QueueRow/score`` and the ``QueueSort/score``
    /// order. The page's ids are chosen on covering indexes first; only those rows are then read
    /// whole, so a page costs about the same at 100 000 proposals as at 100.
    public func queue(
        _ filter: QueueFilter, now: Date, overdueDays: Int, scoring: ScoringRules = .standard, offset: Int = 0,
        limit: Int = 100
    ) throws(StoreError) -> [QueueRow] {
        let query = QueueQuery(filter, now: now, overdueDays: overdueDays, scoring: scoring)
        let join = query.needsAgency ? "JOIN agency a ON a.id = p.agency_id" : ""
        let sql = """
            SELECT p.id, p.title, p.agency_id, a.code AS agency_code, a.name AS agency_name, p.status,
                   p.submitted_at, p.updated_at, p.version, p.form, p.kind,
                   (SELECT reviewer FROM assignment WHERE proposal_id = p.id) AS assignee,
                   \(query.scoreSQL) AS score,
                   (SELECT COUNT(*) FROM review_score WHERE proposal_id = p.id) AS score_count
            FROM proposal p
            JOIN agency a ON a.id = p.agency_id
            WHERE p.id IN (
                SELECT p.id FROM proposal p \(join)
                \(query.whereSQL)
                ORDER BY \(query.orderSQL)
                LIMIT ? OFFSET ?)
            ORDER BY \(query.orderSQL)
            """
        var arguments = query.arguments
        arguments += [max(0, limit), max(0, offset)]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.decodeQueueRow)
        }
    }

    /// How many proposals the filter matches (its sort aside), for the list's length and scroll bar.
    /// `scoring` is taken so a page and its count are asked with the same arguments; no filter
    /// depends on it, so neither does the count.
    public func queueCount(
        _ filter: QueueFilter, now: Date, overdueDays: Int, scoring: ScoringRules = .standard
    ) throws(StoreError) -> Int {
        let query = QueueQuery(filter, now: now, overdueDays: overdueDays, scoring: scoring)
        let sql = "SELECT COUNT(*) FROM proposal p \(query.whereSQL)"
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
            kind: try row.enumValue("kind", table: table), score: try row.value("score"),
            scoreCount: try row.value("score_count"))
    }
}
