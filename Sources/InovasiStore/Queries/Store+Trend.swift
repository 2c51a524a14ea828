import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Proposals in, decisions and stage moves per month from `first` to `last` (months taken in
    /// `timeZone`), for one OPD or, when `agencyID` is nil, the whole city: `report --trend` and
    /// the OPD detail's trend.
    ///
    /// One grouped query: the months' bounds are a `VALUES` table of UTC instants worked out here
    /// (so a zone with summer time is right too), the three kinds of event are one `UNION ALL`, and
    /// SQLite counts per month and kind. A decision undone (the proposal's next audit row is its
    /// `proposal.undo`) does not count; removed proposals, innovations and OPDs do not either.
    /// A stage move is any step of `innovation_stage` after the innovation's first.
    public func monthlyTrend(agencyID: Int64?, from first: YearMonth, to last: YearMonth, timeZone: TimeZone)
        throws(StoreError) -> MonthlyTrend
    {
        var trend = MonthlyTrend(from: first, to: last)
        guard !trend.months.isEmpty else { return trend }
        let bounds =
            trend.months.map { StoredTime.text($0.month.start(in: timeZone)) }
            + [StoredTime.text(last.adding(months: 1).start(in: timeZone))]
        return try read { db in
            let (sql, arguments) = TrendQuery.sql(bounds: bounds, agencyID: agencyID)
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let index: Int = try row.value("idx")
                let kind: String = try row.value("kind")
                let count: Int = try row.value("n")
                guard trend.months.indices.contains(index) else { continue }
                TrendQuery.add(count, kind: kind, to: &trend.months[index])
            }
            return trend
        }
    }
}

/// The SQL behind ``Store/monthlyTrend(agencyID:from:to:timeZone:)``.
enum TrendQuery {
    static let proposalKind = "in"
    static let stageKind = "stage"

    /// The query and its arguments over consecutive month `bounds` (one more than the months).
    static func sql(bounds: [String], agencyID: Int64?) -> (String, StatementArguments) {
        let months = (0..<(bounds.count - 1)).map { "(\($0), ?, ?)" }.joined(separator: ", ")
        var arguments = StatementArguments()
        for index in 0..<(bounds.count - 1) { arguments += [bounds[index], bounds[index + 1]] }
        let range: StatementArguments = [bounds[0], bounds[bounds.count - 1]]
        let agency = agencyID == nil ? "" : " AND x.agency_id = ?"
        let agencyArgument: StatementArguments = agencyID.map { [$0] } ?? []
        arguments += range + agencyArgument
        arguments += [
            StoreAction.proposal(.approve), StoreAction.proposal(.requestRevision), StoreAction.proposal(.reject),
        ]
        arguments += range + [StoreAction.undo] + agencyArgument
        arguments += range + agencyArgument
        let sql = """
            WITH month(idx, start, stop) AS (VALUES \(months)),
            event(kind, at) AS (
                SELECT '\(proposalKind)', x.submitted_at FROM proposal x
                WHERE x.submitted_at >= ? AND x.submitted_at < ?\(agency)
                  AND \(Removal.notRemoved(.proposal, "x.id")) AND \(Removal.notRemoved(.agency, "x.agency_id"))
                UNION ALL
                SELECT a.action, a.at FROM audit_log a JOIN proposal x ON x.id = a.entity_id
                WHERE a.entity = 'proposal' AND a.action IN (?, ?, ?) AND a.at >= ? AND a.at < ?
                  AND COALESCE((SELECT n.action FROM audit_log n
                                WHERE n.entity = 'proposal' AND n.entity_id = a.entity_id AND n.id > a.id
                                ORDER BY n.id LIMIT 1), '') <> ?\(agency)
                  AND \(Removal.notRemoved(.proposal, "x.id")) AND \(Removal.notRemoved(.agency, "x.agency_id"))
                UNION ALL
                SELECT '\(stageKind)', s.changed_on FROM innovation_stage s JOIN innovation x ON x.id = s.innovation_id
                WHERE s.changed_on >= ? AND s.changed_on < ?\(agency)
                  AND EXISTS (SELECT 1 FROM innovation_stage e WHERE e.innovation_id = s.innovation_id AND e.id < s.id)
                  AND \(Removal.notRemoved(.innovation, "x.id")) AND \(Removal.notRemoved(.agency, "x.agency_id"))
            )
            SELECT month.idx AS idx, event.kind AS kind, COUNT(*) AS n
            FROM event JOIN month ON event.at >= month.start AND event.at < month.stop
            GROUP BY month.idx, event.kind
            """
        return (sql, arguments)
    }

    /// Adds a group's count to its month.
    static func add(_ count: Int, kind: String, to month: inout MonthlyTrend.Month) {
        switch kind {
        case proposalKind: month.proposals += count
        case stageKind: month.stageMoves += count
        case StoreAction.proposal(.approve): month.approved += count
        case StoreAction.proposal(.requestRevision): month.revisions += count
        case StoreAction.proposal(.reject): month.rejected += count
        default: break
        }
    }
}
