import Foundation
import InovasiCore

/// Why a store shared by several Unix users cannot be opened: the files or the folder beside it
/// do not let this user do what SQLite must do even to read (create or write `-shm`).
public enum SharedFileProblem: Hashable, Sendable {
    /// The `-shm` or `-wal` file at `path` cannot be written by this user (mode `mode`, owner
    /// `owner`), though the store file can: every change would be refused.
    case companionNotWritable(path: String, mode: UInt16, owner: String)
    /// SQLite must create `-shm` beside the store, but this user may not create files in `folder`.
    case folderNotWritable(folder: String, store: String)
}
