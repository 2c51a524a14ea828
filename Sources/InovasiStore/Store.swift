import Foundation
import GRDB
import InovasiCore

/// The file-based store: one SQLite file through a GRDB `DatabasePool` in WAL mode.
///
/// Several processes (reviewers on one server, a kiosk beside them) share one file safely: every
/// change is one `BEGIN IMMEDIATE` transaction with its audit row, writers wait for each other up
/// to a busy timeout, and readers never block writers.
public final class Store: Sendable {
    /// Whether this process may change the file; the kiosk opens it read-only.
    public enum AccessMode: Sendable {
        case readWrite, readOnly
    }

    /// The data file this store reads and writes.
    public let path: String
    /// How the file was opened; writes in `.readOnly` are refused with ``StoreError/readOnly(path:)``.
    public let mode: AccessMode
    /// Schema version this build writes and understands.
    public static let schemaVersion: Int = StoreSchema.version
    /// How long a writer waits by default for another process's write lock before giving up with `.locked`.
    public static let defaultBusyTimeout: TimeInterval = 5

    let pool: DatabasePool
    /// One long-lived connection, only for `PRAGMA data_version`, whose value is per connection.
    let versionReader: DatabaseQueue
    /// The last queue count, reused while the data stays the same.
    let countMemo = CountMemo()
    /// Says to other programs that this store is open (and open for writing); nil when the lock
    /// file cannot be made (a read-only folder).
    let lock: StoreLock?
    /// Set by the first of ``close()`` and `deinit`, so the connections are closed once: a pool
    /// used after its close crashes inside SQLite.
    let closing = CloseOnce()

    private init(path: String, mode: AccessMode, pool: DatabasePool, versionReader: DatabaseQueue, lock: StoreLock?) {
        self.path = path
        self.mode = mode
        self.pool = pool
        self.versionReader = versionReader
        self.lock = lock
    }

    /// Closes the connections so that the `-wal` and `-shm` files go when this is the last program
    /// with the store open (see ``StoreClosing``); the lock file is released last.
    deinit {
        closeConnections()
    }

    /// Closes the version reader and the pool (``StoreClosing``) unless that was done already.
    func closeConnections() {
        guard closing.claim() else { return }
        try? versionReader.close()
        StoreClosing.close(pool, mode: mode, path: path)
    }

    /// Opens an existing store. Refuses — leaving the file byte-for-byte untouched — a missing file
    /// (.notFound), a file that is not SQLite or not an inovasi store or is truncated
    /// (.notAnInovasiStore), a store from a newer schema (.newerSchema), one whose two version marks
    /// disagree (.schemaMismatch), and one beside a `-wal` of committed changes that no program
    /// holds open (.staleLog: it may belong to a file this one replaced). `.readOnly` never writes.
    /// A write waits up to `busyTimeout` seconds for another process's transaction, then fails `.locked`.
    public static func open(
        at path: String, mode: AccessMode = .readWrite, busyTimeout: TimeInterval = defaultBusyTimeout
    ) throws(StoreError) -> Store {
        let header = try FileHeader.inspect(path: path)
        try header.check(path: path, supportedVersion: schemaVersion, walInUse: StoreFiles.walInUse(path))
        try SharedFiles.prepare(path: path, mode: mode)
        let lock = try lockJudgingLog(path: path, mode: mode, busyTimeout: busyTimeout)
        let pool: DatabasePool
        let versionReader: DatabaseQueue
        do {
            let needsUpgrade = try verify(path: path, mode: mode)
            pool = try DatabasePool(path: path, configuration: configuration(mode: mode, busyTimeout: busyTimeout))
            if needsUpgrade { try StoreSchema.migrator.migrate(pool) }
            // GRDB commits a priming write into an empty log as the pool opens. It is not copied into
            // the file here: that checkpoint's fsync cost 150–300 ms at the p99 of an open at
            // 100 000 proposals, and a crash right after it leaves a log newer than the file,
            // which ``WALGuard`` accepts.
            versionReader = try DatabaseQueue(path: path, configuration: configuration(mode: .readOnly))
        } catch {
            throw StoreError.from(error, path: path)
        }
        lock?.markOpened()
        return Store(path: path, mode: mode, pool: pool, versionReader: versionReader, lock: lock)
    }

    /// Takes the store's lock and judges its `-wal` under it (``WALGuard``). A log that no store
    /// holds is looked at again after a short wait with the lock given up, since a store that was
    /// closing at the same moment may still fold it into the file.
    private static func lockJudgingLog(
        path: String, mode: AccessMode, busyTimeout: TimeInterval
    ) throws(StoreError) -> StoreLock? {
        var look = 1
        while true {
            let lock = try StoreLock.open(path: path, writer: mode == .readWrite, timeout: busyTimeout)
            do {
                try WALGuard.check(path: path, lock: lock)
                return lock
            } catch {
                guard case .staleLog = error, look < WALGuard.looks else { throw error }
            }
            look += 1
            withExtendedLifetime(lock) {}
            usleep(WALGuard.settleWait)
        }
    }

    /// Creates a new, empty store at `path` (creating the parent folder, mode 0700/0600 unless it
    /// exists); the `creator` (Unix user name) becomes admin. Refuses an existing file: .fileExists.
    public static func create(at path: String, creator: String, now: Date = Date()) throws(StoreError) -> Store {
        try StoreFiles.refuseExisting(path)
        guard !creator.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .validation(ValidationError(field: "creator", reason: .empty))
        }
        try StoreFiles.makeParentFolder(of: path)
        try StoreFiles.makeEmptyFile(path)
        do {
            try initialise(path: path, creator: creator, now: now)
        } catch {
            StoreFiles.removeFailedCreation(path)
            throw error
        }
        return try open(at: path, mode: .readWrite)
    }

    /// Runs the migrations on the new file and records its creator as admin, then closes it.
    private static func initialise(path: String, creator: String, now: Date) throws(StoreError) {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(mode: .readWrite))
            try StoreSchema.migrator.migrate(queue)
            try queue.write { db in
                try db.execute(
                    sql: "INSERT INTO meta (key, value) VALUES ('created_at', ?), ('creator', ?)",
                    arguments: [StoredTime.text(now), creator])
                let user = User(name: creator, role: .admin)
                try UserRecord.insert(user, db)
                try AuditLog.append(
                    db, at: now, user: creator, action: StoreAction.storeCreate, entity: "user", entityID: nil,
                    after: AuditJSON.encode(user))
            }
            try queue.close()
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// SQLite's page cache per connection, in KiB. The default 2 MiB is smaller than the waiting
    /// queue's index plus the rows of a page at 100 000 proposals, so each text filter typed into
    /// the dashboard read the same pages from the file again.
    static let pageCacheKibibytes = 8_192

    static func configuration(mode: AccessMode, busyTimeout: TimeInterval = defaultBusyTimeout) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "inovasi"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKibibytes)")
        }
        return configuration
    }

    /// Checks the markers through SQL (the header may lag behind a WAL), including that the header's
    /// `user_version` and the `meta` row `schema_version` agree; true when the schema needs an upgrade.
    ///
    /// Done on a read-only connection before the pool opens: GRDB's pool commits a write into an
    /// empty `-wal` as it opens, which the last close would copy into a file that was refused.
    private static func verify(path: String, mode: AccessMode) throws -> Bool {
        let queue = try DatabaseQueue(path: path, configuration: configuration(mode: .readOnly))
        do {
            let (applicationID, version, app, metaVersion) = try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let hasMeta = try db.tableExists("meta")
                let app = hasMeta ? try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'app'") : nil
                return (applicationID, version, app, try SchemaMarks.metaVersion(db))
            }
            try queue.close()
            try StoreSchema.checkMarks(
                path: path, applicationID: applicationID, version: version, app: app, metaVersion: metaVersion)
            guard version < schemaVersion else { return false }
            guard mode == .readWrite else {
                throw StoreError.notAnInovasiStore(path: path, detail: FileProblem.olderSchemaReadOnly.detail())
            }
            return true
        } catch {
            try? queue.close()
            StoreClosing.tidy(path: path)
            throw error
        }
    }
}
