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
        let sql = """
            SELECT p.id, \(StoredText.full("p.title", as: "title")), p.agency_id, a.code AS agency_code, a.name AS agency_name, p.status,
                   p.submitted_at, p.updated_at, p.version, p.form, p.kind,
                   (SELECT reviewer FROM assignment WHERE proposal_id = p.id) AS assignee,
                   \(query.scoreSQL) AS score,
                   (SELECT COUNT(*) FROM review_score WHERE proposal_id = p.id AND round = p.round) AS score_count,
                   \(QueueQuery.unmetExpression(scoring)) AS unmet
            FROM proposal p
            JOIN agency a ON a.id = p.agency_id
            WHERE p.id IN (\(query.pageIDsSQL))
            ORDER BY \(query.orderSQL)
            """
        var arguments = query.arguments
        arguments += [max(0, limit), max(0, offset)]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.decodeQueueRow)
        }
    }

    /// How many proposals the filter matches (its sort aside), for the list's length and scroll bar:
    /// it counts the very id set (``QueueQuery/idsSQL``) that ``queue(_:now:overdueDays:scoring:offset:limit:)``
    /// orders and slices, so the count is the number of rows listed without a limit.
    /// `scoring` is taken so a page and its count are asked with the same arguments; no filter
    /// depends on it, so neither does the count.
    ///
    /// A filter by status, OPD and overdue only is answered from the counts the store keeps
    /// (``KeptCounts``); the last count is kept until the data changes (``CountMemo``), so paging
    /// through a long queue does not count it again for every window.
    public func queueCount(
        _ filter: QueueFilter, now: Date, overdueDays: Int, scoring: ScoringRules = .standard
    ) throws(StoreError) -> Int {
        let key = CountMemo.key(filter, now: now, overdueDays: overdueDays, dataVersion: try dataVersion())
        return try countMemo.count(for: key) { () throws(StoreError) -> Int in
            let query = QueueQuery(filter, now: now, overdueDays: overdueDays, scoring: scoring)
            let cutoff = QueueQuery.overdueCutoffText(OverdueRule(now: now, overdueDays: overdueDays))
            return try read { db in
                if let kept = try KeptCounts.queueCount(filter, overdueCutoff: cutoff, db) { return kept }
                return try Int.fetchOne(db, sql: query.countSQL, arguments: query.arguments) ?? 0
            }
        }
    }

    /// A row of the page, read by position in the SELECT list of ``queue(_:now:overdueDays:scoring:offset:limit:)``:
    /// id, title, agency_id, agency_code, agency_name, status, submitted_at, updated_at, version, form,
    /// kind, assignee, score, score_count, unmet.
    private static func decodeQueueRow(_ row: Row) throws -> QueueRow {
        let table = "proposal"
        return QueueRow(
            id: try row.value(at: 0), title: try row.value(at: 1), agencyID: try row.value(at: 2),
            agencyCode: try row.value(at: 3), agencyName: try row.value(at: 4),
            status: try row.enumValue(at: 5, column: "status", table: table),
            submittedAt: try row.time(at: 6, column: "submitted_at", table: table),
            updatedAt: try row.time(at: 7, column: "updated_at", table: table), version: try row.value(at: 8),
            assignee: try row.value(at: 11), form: try row.enumValue(at: 9, column: "form", table: table),
            kind: try row.enumValue(at: 10, column: "kind", table: table), score: try row.value(at: 12),
            scoreCount: try row.value(at: 13), unmet: QueueQuery.unmet(try row.value(at: 14)))
    }
}
