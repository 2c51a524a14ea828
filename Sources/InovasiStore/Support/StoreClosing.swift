import Foundation
import GRDB

/// What a store does as it closes, so the `-wal` and `-shm` files go with the last program.
///
/// SQLite removes them when the last connection closes, but only a connection that may write can
/// checkpoint and delete them: a read-only command (`report`, `queue`, `check`, …), a kiosk, or a
/// pool's read-only reader connection that closed last left them behind. And a writer that closes while a kiosk still reads leaves its
/// committed changes in the log, which a later open cannot tell from a foreign log (``WALGuard``).
enum StoreClosing {
    /// Closes the pool of a store whose other connections are already closed.
    ///
    /// GRDB's `close()` closes the writer before the readers, and a pool's readers are read-only
    /// connections: the last one to close could not remove the files. So the readers go first.
    static func close(_ pool: DatabasePool, mode: Store.AccessMode, path: String) {
        if mode == .readWrite { checkpoint(pool) }
        pool.releaseMemory()
        try? pool.close()
        if mode == .readOnly { tidy(path: path) }
    }

    /// A writer copies the whole log into the file and empties it before it closes (waiting up to the
    /// busy timeout for readers); failing that, the log stays and SQLite keeps using it.
    static func checkpoint(_ pool: DatabasePool) {
        _ = try? pool.writeWithoutTransaction { db in
            try db.checkpoint(.truncate)
        }
    }

    /// After a read-only store closed: when the log holds no committed change, opens the file once
    /// read-write and closes it again, so SQLite itself removes `-wal` and `-shm` if no other program
    /// has the file open. Anything that fails (a read-only folder or file) leaves them as they are.
    static func tidy(path: String) {
        guard StoreFiles.exists(path + "-wal") || StoreFiles.exists(path + "-shm") else { return }
        do {
            // Committed changes no one else holds are for the next open to judge, not to merge here.
            if let log = try WALFile.inspect(path: path + "-wal"), log.committedFrames > 0 { return }
        } catch {
            return
        }
        closeOnce(path)
    }

    /// Run by the last inovasi program to close the store (it holds the lock file exclusively, so
    /// no other is opening it): when a `-wal` or `-shm` is left, opens the file read-write once and
    /// closes it, so SQLite, as the last connection, copies the log into the file and removes both.
    static func settle(path: String) {
        guard StoreFiles.exists(path + "-wal") || StoreFiles.exists(path + "-shm") else { return }
        closeOnce(path)
    }

    private static func closeOnce(_ path: String) {
        guard access(path, W_OK) == 0 else { return }
        guard let queue = try? DatabaseQueue(path: path, configuration: Store.configuration(mode: .readWrite))
        else { return }
        _ = try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        try? queue.close()
    }
}
