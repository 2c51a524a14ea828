import Foundation

/// Refuses to open a store beside a `-wal` that may belong to another file.
///
/// Nothing in a `-wal` names its database: the salts and checksums only chain the log's own frames
/// together, and the database header's change counter is not kept up to date in WAL mode. So when
/// a store file is replaced (a backup copied over it) while a stale log of committed changes lies
/// beside it, SQLite merges the old file's pages into the new one. The guard lets a log through
/// only when that cannot happen or is not ours to judge:
///
/// - it has no committed frame: SQLite takes nothing from it;
/// - another open store holds it (``StoreLock``): it is that program's live log;
/// - the store file has not been touched since the log was last written: its status-change time
///   (`ctime`, set by the kernel on every write, copy, rename or `chmod`, and never settable back)
///   is older than the log's last write, so the log was written on top of this very file (a
///   program killed after a change, the crash the log exists for).
///
/// Otherwise the store is refused with both files untouched and the person decides (DECISIONS.md,
/// "A stale -wal is never merged silently").
enum WALGuard {
    /// How long an opener waits, with its own lock given up, before judging a log no store holds
    /// once more: long enough for a store that was just closing to take the lock file and fold the
    /// log in (``StoreLock``). A stale log stays and is refused after the last look.
    static let settleWait: useconds_t = 30_000
    /// How many times an opener looks.
    static let looks = 3

    /// Throws `.staleLog` for a log of committed changes that no open store holds and that was last
    /// written before the store file was last touched.
    ///
    /// `lock` is the opening store's own lock, already held: with it, no other store can open or
    /// close while the log is judged, so a log another program is just closing is never taken for
    /// a stale one. Without one (a read-only folder, a backup file) the lock file is only looked at.
    static func check(path: String, lock: StoreLock? = nil) throws(StoreError) {
        let logPath = path + "-wal"
        guard let log = try WALFile.inspect(path: logPath), log.committedFrames > 0 else { return }
        guard !(lock.map { $0.othersHold() } ?? StoreLock.othersHaveOpen(path: path)) else { return }
        guard !fileUntouchedSinceLog(path: path, logPath: logPath) else { return }
        throw .staleLog(path: path, log: logPath)
    }

    /// Whether the store's `ctime` is strictly older than the log's last write (`mtime`).
    static func fileUntouchedSinceLog(path: String, logPath: String) -> Bool {
        var store = stat()
        var log = stat()
        guard stat(path, &store) == 0, stat(logPath, &log) == 0 else { return false }
        let changed = (store.st_ctim.tv_sec, store.st_ctim.tv_nsec)
        let logged = (log.st_mtim.tv_sec, log.st_mtim.tv_nsec)
        return changed < logged
    }
}
