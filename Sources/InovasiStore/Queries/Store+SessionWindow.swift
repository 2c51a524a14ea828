import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Whether a session starts in `[?, ?)`: answered from `session_starts` alone.
    static let sessionProbeSQL = "SELECT 1 FROM mentoring_session WHERE starts_at >= ? AND starts_at < ? LIMIT 1"

    /// A page of the sessions starting in `[?, ?)`, in the order of `session_starts`.
    static let sessionPageSQL =
        SessionRecord.select + " WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, s.id LIMIT ? OFFSET ?"

    /// For each span between consecutive instants of `bounds`, whether a session starts in it: the
    /// month grid's marks. One index probe a day on `session_starts` (`LIMIT 1`), so the cost follows
    /// the days shown, not the sessions stored.
    public func sessionStarts(between bounds: [Date]) throws(StoreError) -> [Bool] {
        guard bounds.count > 1 else { return [] }
        return try read { db in
            let statement = try db.cachedStatement(sql: Self.sessionProbeSQL)
            return try zip(bounds, bounds.dropFirst()).map { from, to in
                try Int.fetchOne(statement, arguments: [StoredTime.text(from), StoredTime.text(to)]) != nil
            }
        }
    }

    /// At most `limit` sessions starting in `[from, to)`, by start time, skipping the first `offset`:
    /// one page of the week or the agenda.
    public func sessions(startingFrom from: Date, to: Date, offset: Int, limit: Int) throws(StoreError)
        -> [MentoringSession]
    {
        try read { db in
            try Row.fetchAll(
                db,
                sql: Self.sessionPageSQL,
                arguments: [StoredTime.text(from), StoredTime.text(to), limit, offset]
            ).map(SessionRecord.decode)
        }
    }

    /// The first scheduled session starting in `[from, to)`: the header's next session of today.
    public func nextSession(from: Date, to: Date) throws(StoreError) -> MentoringSession? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: SessionRecord.select
                    + " WHERE s.starts_at >= ? AND s.starts_at < ? AND s.status = ? ORDER BY s.starts_at, s.id LIMIT 1",
                arguments: [StoredTime.text(from), StoredTime.text(to), SessionStatus.scheduled.rawValue]
            ).map(SessionRecord.decode)
        }
    }
}
