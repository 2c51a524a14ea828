import Foundation
import GRDB

extension Store {
    /// Writes a consistent copy of this store to `target` with SQLite's online backup: one read
    /// transaction's snapshot, taken while other programs go on writing. Refuses an existing
    /// `target` (or a companion file beside it) with `.fileExists`; a failed copy leaves nothing.
    public func backup(to target: String) throws(StoreError) {
        try StoreFiles.refuseExisting(target)
        try StoreFiles.makeParentFolder(of: target)
        try StoreFiles.makeEmptyFile(target)
        do {
            let destination = try DatabaseQueue(path: target)
            try pool.backup(to: destination)
            try destination.close()
        } catch {
            StoreFiles.removeFailedCreation(target)
            throw StoreError.from(error, path: target)
        }
    }

    /// Merges a `-wal` that ``open(at:mode:busyTimeout:)`` refused as stale, for when the person
    /// knows the file beside it was not replaced (the log holds the last changes of a program that
    /// stopped abruptly). Afterwards the store opens as usual; run ``check()`` on it.
    public static func mergeStaleLog(at path: String) throws(StoreError) {
        let header = try FileHeader.inspect(path: path)
        try header.check(path: path, supportedVersion: schemaVersion, walInUse: true)
        let lock = try StoreLock.open(path: path, writer: true, timeout: defaultBusyTimeout)
        defer { withExtendedLifetime(lock) {} }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(mode: .readWrite))
            _ = try queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try queue.close()
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
