import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// Follows the file a screen shows: notices it renamed, deleted, cut or replaced, and reopens a
/// store that took its place (as `inovasi restore` or `mv new.sqlite s.sqlite` does).
///
/// The open connections keep reading the file they opened, whatever happens to its name, so only a
/// look at the path (identity and header, no SQLite) can tell the screen that its data are stale.
struct StoreFileWatch {
    /// The path the store was opened at.
    let path: String
    /// The identity of the file the open store reads.
    private(set) var identity: StoreFileIdentity?
    /// Set after the file was cut or a reopening failed: the store must be opened afresh once the
    /// path holds a sound file again, even if it has the same identity.
    private var mustReopen = false
    /// The store's own file, kept open so looking at it never drops the store's locks.
    private var handle: StoreFileHandle?

    init(path: String) {
        self.path = path
        identity = Store.fileIdentity(at: path)
        handle = StoreFileHandle(path: path)
    }

    /// Looks at the path; when another sound file is there, closes `store` and opens that one in the
    /// same mode. Returns what the screen must show.
    mutating func check(_ store: inout Store) -> DataFileStatus {
        guard let now = Store.fileIdentity(at: path) else { return .missing(path: path) }
        let truncated: Bool
        if let handle, handle.identity == now {
            truncated = Store.isTruncated(handle)
        } else {
            truncated = Store.isTruncated(at: path)
        }
        if truncated {
            mustReopen = true
            return .truncated(path: path)
        }
        guard now != identity || mustReopen else { return .unchanged }
        store.close()
        do {
            store = try Store.open(at: path, mode: store.mode)
        } catch {
            mustReopen = true
            return .unreadable(path: path, problem: Localized(composing: { error.message($0) }))
        }
        identity = now
        handle = StoreFileHandle(path: path)
        mustReopen = false
        return .reopened
    }
}
