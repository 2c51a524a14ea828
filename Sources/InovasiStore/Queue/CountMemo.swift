import Foundation
import InovasiCore

/// The last queue count a store worked out, kept until the data changes.
///
/// The dashboard asks for the count with every window of rows it loads: paging through 17 500
/// waiting proposals counted them again on every other `PgDn` although nothing had changed. The
/// count is kept with `PRAGMA data_version` (which moves on every commit, this process's included)
/// and reused only for the same filter at the same version.
final class CountMemo: @unchecked Sendable {
    /// What a count depends on: the filter (its order aside), the overdue cutoff when the filter
    /// uses it, and the data version it was counted at.
    struct Key: Hashable {
        var filter: Store.QueueFilter
        var overdueCutoff: Date?
        var dataVersion: Int
    }

    private let lock = NSLock()
    private var last: (key: Key, count: Int)?
    /// Counts actually run, for the tests.
    private(set) var computed = 0

    /// The count for `key`, from memory when the last one had the same key, else from `count`.
    func count(for key: Key, _ count: () throws(StoreError) -> Int) throws(StoreError) -> Int {
        if let known = lock.withLock({ last }), known.key == key { return known.count }
        let value = try count()
        lock.withLock {
            last = (key, value)
            computed += 1
        }
        return value
    }

    /// The key of a count of `filter`: its order does not change what it counts.
    static func key(_ filter: Store.QueueFilter, now: Date, overdueDays: Int, dataVersion: Int) -> Key {
        var unordered = filter
        unordered.sort = .age
        unordered.descending = false
        let cutoff = filter.overdueOnly ? OverdueRule(now: now, overdueDays: overdueDays).cutoff : nil
        return Key(filter: unordered, overdueCutoff: cutoff, dataVersion: dataVersion)
    }
}
