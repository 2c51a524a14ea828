import Foundation

/// A flag that only the first caller can claim, from any thread: a store's connections are closed
/// by whichever comes first of an explicit close and the store's end, never by both.
final class CloseOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false

    /// True for the first call only.
    func claim() -> Bool {
        lock.withLock {
            defer { claimed = true }
            return !claimed
        }
    }
}

/// A flag set once and read from any thread.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    /// Whether ``set()`` was called.
    var value: Bool { lock.withLock { isSet } }

    /// Sets the flag for good.
    func set() { lock.withLock { isSet = true } }
}
