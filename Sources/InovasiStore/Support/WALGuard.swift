/// Refuses to open a store beside a `-wal` that may belong to another file.
///
/// Nothing in a `-wal` names its database: the salts and checksums only chain the log's own frames
/// together, and the database header's change counter is not kept up to date in WAL mode. So when
/// a store file is replaced (a backup copied over it) while a stale log of committed changes lies
/// beside it, SQLite merges the old file's pages into the new one. The guard lets a log through
/// only when merging it is provably harmless or not our decision: it has no committed frame (then
/// SQLite takes nothing from it), or another open store holds it (then it is that program's live
/// log, see ``StoreLock``). Otherwise the store is refused with both files untouched, and the
/// person decides (DECISIONS.md, "A stale -wal is never merged silently").
enum WALGuard {
    /// Throws `.staleLog` for a log of committed changes that no open store holds.
    static func check(path: String) throws(StoreError) {
        let logPath = path + "-wal"
        guard let log = try WALFile.inspect(path: logPath), log.committedFrames > 0 else { return }
        guard !StoreLock.othersHaveOpen(path: path) else { return }
        throw .staleLog(path: path, log: logPath)
    }
}
