import Foundation

/// A descriptor kept open on the file a store reads, for as long as a screen follows that file.
///
/// POSIX drops every lock a process holds on a file when it closes any descriptor of that file.
/// A screen that opened and closed its own store's file to look at its header every tick dropped
/// SQLite's shared lock with it; a writer in another process then took the file for its last
/// connection, folded the `-wal` in and deleted it and the `-shm`, and the screen went on reading
/// the deleted copies: it never saw another change. Reading through this one descriptor, which is
/// closed only when the screen lets go of the file, keeps the locks.
public final class StoreFileHandle: Sendable {
    /// The path the file was opened at.
    public let path: String
    /// The open descriptor (read-only, close-on-exec).
    let descriptor: Int32
    /// The identity of the file the descriptor is open on.
    public let identity: StoreFileIdentity

    /// Opens the file at `path`; nil when nothing readable is there.
    public init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return nil
        }
        self.path = path
        self.descriptor = descriptor
        identity = StoreFileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    deinit { close(descriptor) }
}
