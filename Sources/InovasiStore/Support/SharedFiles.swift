import Foundation

/// Makes a store shared by the users of one group (folder 2770, store 0660) usable by each of them.
///
/// SQLite creates `-wal` and `-shm` with the store file's mode, but through the process's umask
/// first and `fchmod` after: with umask 022 a `-shm` exists as 0640 for a moment, and another
/// user who opens it then gets it read-only for the life of the connection, so its writes are
/// refused. Also a `-shm` left with a wrong mode blocks every later write, and a folder where the
/// user may not create files makes even reading fail. This runs before SQLite touches the files.
enum SharedFiles {
    /// Prepares the files beside `path` for a connection in `mode`; refuses what would fail later.
    static func prepare(path: String, mode: Store.AccessMode) throws(StoreError) {
        var store = stat()
        guard stat(path, &store) == 0 else { return }
        let storeMode = mode_t(store.st_mode) & 0o777
        keepUmaskFrom(masking: storeMode)
        let storeWritable = access(path, W_OK) == 0
        for suffix in ["-wal", "-shm"] where storeWritable {
            try repair(path + suffix, storeMode: storeMode)
        }
        try requireFolder(of: path)
    }

    /// Clears from the umask the permission bits the store file itself grants, so a `-wal` or
    /// `-shm` is created with the store's mode at once instead of a moment later. Bits the store
    /// does not grant stay masked, so nothing is opened wider than the store already is.
    static func keepUmaskFrom(masking storeMode: mode_t) {
        let current = umask(0o077)
        umask(current & ~storeMode)
    }

    /// A companion file this user cannot write: given the store's mode when the user owns it (or is
    /// root), else refused with the command that fixes it.
    static func repair(_ companion: String, storeMode: mode_t) throws(StoreError) {
        var info = stat()
        guard lstat(companion, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        guard access(companion, R_OK | W_OK) != 0 else { return }
        if info.st_uid == geteuid() || geteuid() == 0, chmod(companion, storeMode) == 0,
            access(companion, R_OK | W_OK) == 0
        {
            return
        }
        let problem = SharedFileProblem.companionNotWritable(
            path: companion, mode: UInt16(info.st_mode & 0o7777), owner: ownerName(info.st_uid))
        throw .sharedFiles(problem)
    }

    /// Refuses a store whose folder does not let this user create the `-shm` SQLite needs.
    static func requireFolder(of path: String) throws(StoreError) {
        guard !StoreFiles.exists(path + "-shm") else { return }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        guard access(folder, W_OK | X_OK) != 0 else { return }
        throw .sharedFiles(.folderNotWritable(folder: folder, store: (path as NSString).lastPathComponent))
    }

    /// The login name of `uid`, or the number when it has none.
    static func ownerName(_ uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil,
            let name = entry.pw_name
        else { return String(uid) }
        return String(cString: name)
    }
}
