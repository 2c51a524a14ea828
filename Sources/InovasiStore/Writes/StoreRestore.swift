import Foundation
import GRDB

/// What ``Store/restore(from:to:now:)`` did.
public struct RestoreOutcome: Sendable, Equatable {
    /// Where the replaced store was kept (`NAME.before-restore-<time>`); nil when there was none.
    public var keptAs: String?
    /// What ``Store/check()`` found in the restored store; empty when it is sound.
    public var problems: [IntegrityProblem]
}

extension Store {
    /// Puts the backup at `backupPath` in place of the store at `path`.
    ///
    /// Refuses with `.inUse` while another program holds the store open for writing (read-only
    /// viewers such as the kiosk do not block it), and refuses a backup that does not open as a
    /// sound inovasi store; in both cases nothing changed. Otherwise: the backup is copied beside
    /// the store and checked, the current store is checkpointed and kept as
    /// `NAME.before-restore-<time>` (with its `-wal` when a reader kept changes in it), the old
    /// `-wal` and `-shm` are removed, the copy is renamed into place (atomic, same folder), and the
    /// result is checked again.
    public static func restore(from backupPath: String, to path: String, now: Date = Date()) throws(StoreError)
        -> RestoreOutcome
    {
        try StoreFiles.makeParentFolder(of: path)
        guard let lock = try StoreLock.exclusive(path: path) else { throw .inUse(path: path) }
        defer { withExtendedLifetime(lock) {} }
        let staging = try RestoreSteps.stage(backupPath, beside: path)
        var keptAs: String?
        do throws(StoreError) {
            RestoreSteps.copyPermissions(from: path, to: staging)
            keptAs = try RestoreSteps.keepCurrent(path, stamp: RestoreSteps.stamp(now))
            guard rename(staging, path) == 0 else {
                throw .io(path: path, detail: String(cString: strerror(errno)))
            }
        } catch {
            StoreFiles.removeFailedCreation(staging)
            throw error
        }
        let problems = try Store.open(at: path, mode: .readOnly).check()
        return RestoreOutcome(keptAs: keptAs, problems: problems)
    }
}

/// The steps of a restore, each leaving the files in a state a person can understand.
enum RestoreSteps {
    /// Copies the backup beside the store, upgrades an older schema there, and checks it; returns the
    /// copy's path. A backup that is not sound is refused and the copy removed.
    static func stage(_ backupPath: String, beside path: String) throws(StoreError) -> String {
        let header = try FileHeader.inspect(path: backupPath)
        try header.check(path: backupPath, supportedVersion: Store.schemaVersion, walInUse: false)
        try WALGuard.check(path: backupPath)
        let staging = path + ".restoring-\(getpid())"
        StoreFiles.removeFailedCreation(staging)
        do {
            let source = try DatabaseQueue(path: backupPath, configuration: Store.configuration(mode: .readOnly))
            try StoreFiles.makeEmptyFile(staging)
            try source.backup(to: try DatabaseQueue(path: staging))
            try source.close()
            StoreClosing.tidy(path: backupPath)
            let problems = try Store.open(at: staging).check()
            guard problems.isEmpty else {
                throw StoreError.notAnInovasiStore(
                    path: backupPath, detail: FileProblem.damaged.detail("\(problems.count) × check"))
            }
        } catch {
            StoreFiles.removeFailedCreation(staging)
            throw StoreError.from(error, path: backupPath).naming(backupPath, for: staging)
        }
        StoreFiles.removeFailedCreation(staging + "-lock")
        return staging
    }

    /// Checkpoints the current store, keeps it as `NAME.before-restore-<stamp>` and removes its
    /// `-wal` and `-shm`; nil when there is no current store.
    static func keepCurrent(_ path: String, stamp: String) throws(StoreError) -> String? {
        guard StoreFiles.exists(path) else {
            removeCompanions(of: path)
            return nil
        }
        checkpoint(path)
        var kept = "\(path).before-restore-\(stamp)"
        var suffix = 2
        while StoreFiles.exists(kept) {
            kept = "\(path).before-restore-\(stamp)-\(suffix)"
            suffix += 1
        }
        guard link(path, kept) == 0 || rename(path, kept) == 0 else {
            throw .io(path: kept, detail: String(cString: strerror(errno)))
        }
        // Changes a reader kept from being checkpointed belong to the kept file, so they go with it.
        if let log = try? WALFile.inspect(path: path + "-wal"), log.committedFrames > 0 {
            _ = rename(path + "-wal", kept + "-wal")
        }
        removeCompanions(of: path)
        return kept
    }

    /// Copies the log into the file and empties it, unless the log is stale (then it is kept aside).
    private static func checkpoint(_ path: String) {
        guard (try? WALGuard.check(path: path)) != nil,
            let queue = try? DatabaseQueue(path: path, configuration: Store.configuration(mode: .readWrite))
        else { return }
        _ = try? queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try? queue.close()
    }

    /// Gives the restored file the mode and group of the store it replaces, so every user who could
    /// open the store still can (a shared group's 0660, say).
    static func copyPermissions(from path: String, to staging: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        _ = chown(staging, uid_t.max, info.st_gid)
        _ = chmod(staging, info.st_mode & 0o7777)
    }

    private static func removeCompanions(of path: String) {
        unlink(path + "-wal")
        unlink(path + "-shm")
    }

    /// `20261207-091500` (UTC): sorts by time and needs no quoting in a shell.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
    }
}

extension StoreError {
    /// The same refusal, naming `path` where it named the temporary `staging` copy.
    func naming(_ path: String, for staging: String) -> StoreError {
        switch self {
        case .notAnInovasiStore(staging, let detail): .notAnInovasiStore(path: path, detail: detail)
        case .newerSchema(staging, let found, let supported):
            .newerSchema(path: path, found: found, supported: supported)
        case .schemaMismatch(staging, let header, let meta, let supported):
            .schemaMismatch(path: path, header: header, meta: meta, supported: supported)
        case .io(staging, let detail): .io(path: path, detail: detail)
        default: self
        }
    }
}
