import Foundation
import InovasiCore

/// Where the calendar pane's `E` writes: the sessions of a range as an iCalendar file, through an
/// adapter (the store's, in InovasiApp) that maps them the way `inovasi export sessions` does.
public protocol CalendarExportDesk {
    /// Writes the sessions overlapping the request's range to its path (a temporary file renamed, so
    /// nothing is half-written); returns how many and the full path. Throws a ``ReviewRefusal``
    /// saying why when the file cannot be written or the store cannot be read.
    func exportCalendar(_ request: CalendarExportRequest) throws -> CalendarExportResult
}

/// Everything one export needs, carried by its effect: the runner never reads the state.
public struct CalendarExportRequest: Hashable, Sendable {
    /// The start of the first day shown.
    public var from: Date
    /// The start of the day after the last day shown.
    public var to: Date
    /// The zone of the file's times (`VTIMEZONE`).
    public var zone: TimeZone
    /// The language of the events' descriptions.
    public var language: Language
    /// The file as typed (`~/` is the home folder).
    public var path: String
    /// When the file is written (`DTSTAMP`).
    public var now: Date

    /// A request for these values.
    public init(from: Date, to: Date, zone: TimeZone, language: Language, path: String, now: Date) {
        self.from = from
        self.to = to
        self.zone = zone
        self.language = language
        self.path = path
        self.now = now
    }
}

/// What an export wrote.
public struct CalendarExportResult: Hashable, Sendable {
    /// How many sessions the file holds.
    public var count: Int
    /// The file's full path.
    public var path: String

    /// A result of `count` sessions at `path`.
    public init(count: Int, path: String) {
        self.count = count
        self.path = path
    }
}
