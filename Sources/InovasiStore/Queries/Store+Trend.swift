import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Proposals in, decisions and stage moves per month from `first` to `last` (months taken in
    /// `timeZone`), for one OPD or, when `agencyID` is nil, the whole city: `report --trend` and
    /// the OPD detail's trend.
    ///
    /// One grouped query: the three kinds of event are one `UNION ALL` over the range, and SQLite
    /// counts per month and kind. When the zone keeps one offset over the range (WIB, WITA and WIT
    /// always do) an event's month is its stored time shifted by that offset (`strftime`);
    /// otherwise the months' bounds, UTC instants worked out here, are a `VALUES` table the events
    /// are joined to, so a zone with summer time is right too. A decision undone (the proposal's
    /// next audit row is its `proposal.undo`) does not count; removed proposals, innovations and
    /// OPDs do not either. A stage move is any step of `innovation_stage` after the innovation's first.
    public func monthlyTrend(agencyID: Int64?, from first: YearMonth, to last: YearMonth, timeZone: TimeZone)
        throws(StoreError) -> MonthlyTrend
    {
        var trend = MonthlyTrend(from: first, to: last)
        guard !trend.months.isEmpty else { return trend }
        let starts = trend.months.map { $0.month.start(in: timeZone) } + [last.adding(months: 1).start(in: timeZone)]
        let offset = TrendQuery.fixedOffset(timeZone, from: starts[0], to: starts[starts.count - 1])
        let indices = Dictionary(
            trend.months.enumerated().map { ($1.month.description, $0) }, uniquingKeysWith: { first, _ in first })
        return try read { db in
            let (sql, arguments) = TrendQuery.sql(
                bounds: starts.map(StoredTime.text), agencyID: agencyID, offset: offset)
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let key: DatabaseValue = row["idx"]
                let index = Int.fromDatabaseValue(key) ?? String.fromDatabaseValue(key).flatMap { indices[$0] }
                let kind: String = try row.value("kind")
                let count: Int = try row.value("n")
                guard let index, trend.months.indices.contains(index) else { continue }
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

    /// The zone's offset in seconds when it stays the same from `start` to `end`; nil when it changes.
    static func fixedOffset(_ zone: TimeZone, from start: Date, to end: Date) -> Int? {
        let offset = zone.secondsFromGMT(for: start)
        guard zone.secondsFromGMT(for: end) == offset else { return nil }
        if let change = zone.nextDaylightSavingTimeTransition(after: start), change < end { return nil }
        return offset
    }

    /// The query and its arguments over consecutive month `bounds` (one more than the months). Its
    /// `idx` is the month as `YYYY-MM` when the zone has a fixed `offset`, else the month's index.
    static func sql(bounds: [String], agencyID: Int64?, offset: Int?) -> (String, StatementArguments) {
        let (months, grouping, head, tail) = monthGrouping(bounds: bounds, offset: offset)
        let range: StatementArguments = [bounds[0], bounds[bounds.count - 1]]
        let agency = agencyID == nil ? "" : " AND x.agency_id = ?"
        let agencyArgument: StatementArguments = agencyID.map { [$0] } ?? []
        var arguments = head + range + agencyArgument
        arguments += [
            StoreAction.proposal(.approve), StoreAction.proposal(.requestRevision), StoreAction.proposal(.reject),
        ]
        arguments += range + [StoreAction.undo] + agencyArgument
        arguments += range + agencyArgument + tail
        let sql = """
            WITH \(months)
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
            \(grouping)
            GROUP BY idx, kind
            """
        return (sql, arguments)
    }

    /// How events find their month: the month table (before the events in the text) and the final
    /// `SELECT`, with the arguments that go before and after the events'.
    static func monthGrouping(bounds: [String], offset: Int?)
        -> (months: String, grouping: String, head: StatementArguments, tail: StatementArguments)
    {
        if let offset {
            let shift = "\(offset >= 0 ? "+" : "")\(offset) seconds"
            let grouping = "SELECT strftime('%Y-%m', event.at, ?) AS idx, event.kind AS kind, COUNT(*) AS n FROM event"
            return ("", grouping, [], [shift])
        }
        let values = (0..<(bounds.count - 1)).map { "(\($0), ?, ?)" }.joined(separator: ", ")
        var head = StatementArguments()
        for index in 0..<(bounds.count - 1) { head += [bounds[index], bounds[index + 1]] }
        let grouping = """
            SELECT month.idx AS idx, event.kind AS kind, COUNT(*) AS n
            FROM event JOIN month ON event.at >= month.start AND event.at < month.stop
            """
        return ("month(idx, start, stop) AS (VALUES \(values)),", grouping, head, [])
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
