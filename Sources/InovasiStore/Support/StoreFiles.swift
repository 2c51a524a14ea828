import Foundation

/// File-system steps around the database file that SQLite does not do for us.
enum StoreFiles {
    /// Companion files SQLite keeps beside the database.
    static let companionSuffixes = ["-wal", "-shm", "-journal"]

    /// Refuses a path that exists, or that has a leftover companion file a new database would adopt.
    static func refuseExisting(_ path: String) throws(StoreError) {
        for candidate in [path] + companionSuffixes.map({ path + $0 }) where exists(candidate) {
            throw .fileExists(path: candidate)
        }
    }

    /// Whether anything (even a dangling link) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether a `-wal` file with content sits beside the database (another process may be using it).
    static func walInUse(_ path: String) -> Bool {
        var info = stat()
        return stat(path + "-wal", &info) == 0 && info.st_size > 0
    }

    /// Creates the missing folders above `path`, each mode 0700; existing folders keep their mode.
    static func makeParentFolder(of path: String) throws(StoreError) {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty else { return }
        var missing: [String] = []
        var current = parent
        while !current.isEmpty, current != "/", !exists(current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw .io(path: folder, detail: DetailText.errno(errno))
        }
    }

    /// Creates the empty database file with mode 0600, atomically refusing one that appeared meanwhile.
    static func makeEmptyFile(_ path: String) throws(StoreError) {
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .fileExists(path: path) }
            throw .io(path: path, detail: DetailText.errno(errno))
        }
        close(descriptor)
    }

    /// Removes what a failed `create` left, so the same path can be tried again.
    static func removeFailedCreation(_ path: String) {
        for candidate in [path] + companionSuffixes.map({ path + $0 }) {
            unlink(candidate)
        }
    }
}
