import Foundation
import InovasiCore

extension Store {
    /// A page of the queue with the count of every proposal its filter matches.
    public struct QueueSlice: Sendable, Hashable {
        /// The page, in the filter's order.
        public var rows: [QueueRow]
        /// Everything the filter matches, beyond the page.
        public var total: Int

        /// A page and its total; public so screens can be tested with slices of their own.
        public init(rows: [QueueRow], total: Int) {
            self.rows = rows
            self.total = total
        }
    }

    /// ``queue(_:now:overdueDays:scoring:offset:limit:)`` and ``queueCount(_:now:overdueDays:scoring:)``
    /// at once, on two reader connections side by side.
    ///
    /// A text filter typed into the dashboard needs both for every letter; at 100 000 proposals
    /// each reads the whole waiting queue, so running them together halves the wait on a machine
    /// with two cores. Each is its own snapshot, as when they run one after the other.
    public func queueSlice(
        _ filter: QueueFilter, now: Date, overdueDays: Int, scoring: ScoringRules = .standard, offset: Int = 0,
        limit: Int = 100
    ) throws(StoreError) -> QueueSlice {
        let counted = SideResult<Int>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInteractive).async(group: group) {
            counted.store(
                Result { () throws(StoreError) -> Int in
                    try self.queueCount(filter, now: now, overdueDays: overdueDays, scoring: scoring)
                })
        }
        let rows = Result { () throws(StoreError) -> [QueueRow] in
            try queue(filter, now: now, overdueDays: overdueDays, scoring: scoring, offset: offset, limit: limit)
        }
        group.wait()
        guard let total = counted.result() else { preconditionFailure("the count ran before the wait ended") }
        return QueueSlice(rows: try rows.get(), total: try total.get())
    }
}

/// The result of work done on another thread, handed back under a lock.
private final class SideResult<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<Value, StoreError>?

    func store(_ result: Result<Value, StoreError>) {
        lock.withLock { value = result }
    }

    /// The stored result; nil only before the work has run.
    func result() -> Result<Value, StoreError>? {
        lock.withLock { value }
    }
}
