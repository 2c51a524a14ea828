import Foundation
import InovasiCore

/// What became of the data file since the screen opened it, as the kiosk's tick found it.
///
/// A restore replaces the file by renaming another over it; an old connection keeps reading the
/// old file, so without this check the kiosk would show stale data as current.
public enum DataFileStatus: Hashable, Sendable {
    /// The same file is still at the path.
    case unchanged
    /// Another store took the file's place and is now open; everything shown must be read again.
    case reopened
    /// Nothing is at the path: the file was renamed, moved or deleted. Checked again on every tick.
    case missing(path: String)
    /// The file is shorter than its own header says: it was cut.
    case truncated(path: String)
    /// Another file is at the path but cannot be opened as a store; `problem` says why.
    case unreadable(path: String, problem: Localized)

    /// Whether this status is a problem to show.
    var isProblem: Bool {
        switch self {
        case .unchanged, .reopened: false
        case .missing, .truncated, .unreadable: true
        }
    }
}
