import Foundation

/// The lock file `NAME-lock` beside a store, which tells who has the store open.
///
/// SQLite's own locks cannot answer two questions the store must ask: "does a program hold this
/// store open for writing?" (a restore must not swap the file under a dashboard or a command) and
/// "does any program have it open at all?" (a `-wal` with committed changes that no one holds is
/// stale, see ``WALGuard``). Every open store holds a shared lock on byte 1 of this file; a store
/// opened read-write also holds a shared lock on byte 0; `restore` takes byte 0 exclusively.
///
/// The locks are Linux open-file-description locks: they belong to this descriptor, so two stores
/// in one process see each other, and closing another descriptor never drops them (unlike classic
/// POSIX locks, which is also why the lock lives in its own file and never on the database).
/// The file is removed by the last store to close; openers check they locked the file that is
/// still at the path, so a removal between their `open` and their lock is noticed and retried.
final class StoreLock: Sendable {
    /// Byte held shared by every store opened read-write; exclusively by `restore`.
    static let writerByte: Int = 0
    /// Byte held shared by every open store.
    static let openByte: Int = 1

    private let descriptor: Int32
    private let lockPath: String
    /// Set once the store this lock belongs to has opened past every check (``markOpened()``):
    /// only then may the last one out let SQLite fold the log into the file. A refused open must
    /// leave a suspect log exactly as it found it.
    private let opened = LockedFlag()

    private init(descriptor: Int32, lockPath: String) {
        self.descriptor = descriptor
        self.lockPath = lockPath
    }

    /// Releases the locks; the last store to close removes the lock file.
    deinit {
        // Whoever removes the file holds both bytes exclusively first, so while this lock is held
        // the file at the path cannot change, and the check below cannot be outdated.
        //
        // Two stores closing at the same moment would each see the other's share and neither would
        // be the last one out. So after a first try it gives its share up, tries again at once and
        // a few times more: of two closers the later always finds the bytes free. (Its share is
        // kept until then, so an opener judging the log meanwhile still sees a store holding it.)
        var attempt = 0
        while true {
            if Self.set(descriptor, type: F_WRLCK, byte: Self.writerByte, count: 2) {
                if isStillAtPath() {
                    // The last inovasi program out: stores that closed at once may each have left
                    // the log to another, so the last lets SQLite checkpoint and remove it now, or
                    // a later open would take the log of committed changes for a stale one
                    // (``WALGuard``).
                    if opened.value { StoreClosing.settle(path: String(lockPath.dropLast(Self.suffix.count))) }
                    unlink(lockPath)
                }
                break
            }
            attempt += 1
            if attempt == 1 {
                _ = Self.set(descriptor, type: F_UNLCK, byte: Self.writerByte, count: 2)
                continue
            }
            guard attempt < Self.lastOutAttempts else { break }
            usleep(2_000)
        }
        close(descriptor)
    }

    /// How often a closing store tries to be the last one out before leaving that to the stores
    /// still open; an opener that finds a log no store holds waits longer than these tries take
    /// (``WALGuard/settleWait``).
    static let lastOutAttempts = 6

    /// Records that the store passed its checks and opened (see ``opened``).
    func markOpened() { opened.set() }

    /// Whether another store, in this process or another, has the store open beside this one: this
    /// lock's shared hold on the open byte becomes exclusive only when nobody else holds it (and is
    /// turned back to shared at once). Asked while holding the lock, so no store can open or close
    /// meanwhile and the answer cannot be outdated by the time the log is judged (``WALGuard``).
    func othersHold() -> Bool {
        guard Self.set(descriptor, type: F_WRLCK, byte: Self.openByte, count: 1) else { return true }
        _ = Self.set(descriptor, type: F_RDLCK, byte: Self.openByte, count: 1)
        return false
    }

    /// The lock file of the store at `path`.
    static func lockPath(for path: String) -> String { path + suffix }

    /// What the lock file's name adds to the store's.
    static let suffix = "-lock"

    /// Registers this store as open (and as a writer when `writer`), waiting up to `timeout` seconds
    /// while a restore holds the store; `.locked` when it does not end in time. Nil when the lock
    /// file cannot be made or opened (a read-only folder): SQLite's own locks still apply then.
    static func open(path: String, writer: Bool, timeout: TimeInterval) throws(StoreError) -> StoreLock? {
        let deadline = Date().addingTimeInterval(max(timeout, 0))
        while true {
            guard let lock = try? attach(path: path) else {
                // Another user's new lock file may still be private for a moment (created, not yet
                // given the store's mode): wait for it as for a restore; with no file at all (a
                // read-only folder) there is nothing to wait for.
                guard StoreFiles.exists(lockPath(for: path)), Date() < deadline else { return nil }
                usleep(5_000)
                continue
            }
            let type = Int16(F_RDLCK)
            if lock.take(type, byte: openByte), !writer || lock.take(type, byte: writerByte) {
                if lock.isStillAtPath() { return lock }
                continue
            }
            guard Date() < deadline else { throw .locked(path: path) }
            usleep(20_000)
        }
    }

    /// Takes the writer byte exclusively for a restore; nil when a store is open for writing.
    static func exclusive(path: String) throws(StoreError) -> StoreLock? {
        while true {
            let lock = try attach(path: path)
            guard fcntl(lock.descriptor, F_GETFL) & O_ACCMODE == O_RDWR else {
                // An exclusive lock needs a writable descriptor: say so rather than "in use".
                throw .io(path: lockPath(for: path), detail: String(cString: strerror(EACCES)))
            }
            guard lock.take(Int16(F_WRLCK), byte: writerByte) else { return nil }
            if lock.isStillAtPath() { return lock }
        }
    }

    /// Whether a store other than the caller's own lock has the store at `path` open, in this
    /// process or another; false when there is no lock file (no inovasi program has it open).
    static func othersHaveOpen(path: String) -> Bool {
        let descriptor = Foundation.open(lockPath(for: path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var query = region(type: Int16(F_WRLCK), byte: openByte, count: 1)
        guard fcntl(descriptor, LockCommand.get, &query) == 0 else { return true }
        return query.l_type != Int16(F_UNLCK)
    }

    private static func attach(path: String) throws(StoreError) -> StoreLock {
        let lockPath = lockPath(for: path)
        // Born with the store's own permission bits (the umask already lets them through, see
        // ``SharedFiles``), so another user of the group can open it from the first moment.
        var descriptor = Foundation.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, storeMode(path))
        if descriptor >= 0 {
            matchStoreMode(descriptor, storePath: path)
        } else if errno == EACCES || errno == EROFS {
            // Another user's lock file, or a read-only folder: shared locks need only read access.
            descriptor = Foundation.open(lockPath, O_RDONLY | O_CLOEXEC)
        }
        guard descriptor >= 0 else {
            throw .io(path: lockPath, detail: String(cString: strerror(errno)))
        }
        return StoreLock(descriptor: descriptor, lockPath: lockPath)
    }

    /// The store file's read and write bits, for a new lock file; 0600 when it cannot be read.
    private static func storeMode(_ storePath: String) -> mode_t {
        var store = stat()
        guard stat(storePath, &store) == 0 else { return 0o600 }
        return mode_t(store.st_mode) & 0o666
    }

    /// Gives a new lock file the store's own permission bits and group, so every user who may open
    /// the store may lock it too.
    private static func matchStoreMode(_ descriptor: Int32, storePath: String) {
        var store = stat()
        var lock = stat()
        guard stat(storePath, &store) == 0, fstat(descriptor, &lock) == 0, lock.st_size == 0,
            lock.st_uid == geteuid()
        else { return }
        _ = fchown(descriptor, uid_t.max, store.st_gid)
        _ = fchmod(descriptor, store.st_mode & 0o666)
    }

    private func take(_ type: Int16, byte: Int) -> Bool {
        Self.set(descriptor, type: Int32(type), byte: byte, count: 1)
    }

    /// Whether the file this descriptor locked is still the one at the path (not removed meanwhile).
    private func isStillAtPath() -> Bool {
        var mine = stat()
        var there = stat()
        return fstat(descriptor, &mine) == 0 && stat(lockPath, &there) == 0 && mine.st_ino == there.st_ino
            && mine.st_dev == there.st_dev
    }

    private static func set(_ descriptor: Int32, type: Int32, byte: Int, count: Int) -> Bool {
        var request = region(type: Int16(type), byte: byte, count: count)
        return fcntl(descriptor, LockCommand.set, &request) == 0
    }

    private static func region(type: Int16, byte: Int, count: Int) -> flock {
        var request = flock()
        request.l_type = type
        request.l_whence = Int16(SEEK_SET)
        request.l_start = off_t(byte)
        request.l_len = off_t(count)
        request.l_pid = 0
        return request
    }
}

/// The `fcntl` commands of open-file-description locks (Linux 3.15+; not exported by Swift's Glibc
/// module), with classic POSIX locks elsewhere.
private enum LockCommand {
    #if os(Linux)
        static let get: Int32 = 36
        static let set: Int32 = 37
    #else
        static let get: Int32 = F_GETLK
        static let set: Int32 = F_SETLK
    #endif
}
