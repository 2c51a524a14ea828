import Foundation

/// Which file a path names: its device and inode. A file renamed over the path (a restore, `mv`)
/// has another identity, although its name is the same.
public struct StoreFileIdentity: Hashable, Sendable {
    /// The device the file lives on.
    public let device: UInt64
    /// The file's inode number on that device.
    public let inode: UInt64
}

extension Store {
    /// The identity of whatever is at `path` now (links followed); nil when nothing is there.
    public static func fileIdentity(at path: String) -> StoreFileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return StoreFileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Whether the file at `path` is cut short: empty, its header incomplete, or shorter than the
    /// pages its header counts. Reads only the header, so it is cheap enough for every tick.
    public static func isTruncated(at path: String) -> Bool {
        isTruncated(path: path) { () throws(StoreError) in try FileHeader.inspect(path: path) }
    }

    /// Whether the file `handle` keeps open is cut short, read through it: the way to look at the
    /// file an open store reads, because opening and closing it by path would drop the store's
    /// locks (see ``StoreFileHandle``).
    public static func isTruncated(_ handle: StoreFileHandle) -> Bool {
        isTruncated(path: handle.path) { () throws(StoreError) in
            try FileHeader.inspect(descriptor: handle.descriptor, path: handle.path)
        }
    }

    private static func isTruncated(path: String, header read: () throws(StoreError) -> FileHeader) -> Bool {
        do {
            let header = try read()
            try header.check(path: path, supportedVersion: Int.max, walInUse: StoreFiles.walInUse(path))
            return false
        } catch {
            guard case .notAnInovasiStore(_, let detail) = error, let parsed = FileProblem.parse(detail) else {
                return false
            }
            return parsed.problem == .truncated || parsed.problem == .empty
        }
    }

    /// Closes the store's connections now instead of when the last reference goes: a screen that
    /// follows a replaced file lets go of the old file (and its `-wal`/`-shm`) before opening the
    /// new one. Every later use of this store fails; closing twice does nothing.
    ///
    /// A read-write store empties its `-wal` first (``StoreClosing``), so no frames of this file
    /// are left for whatever file comes next.
    public func close() {
        closeConnections()
    }
}
