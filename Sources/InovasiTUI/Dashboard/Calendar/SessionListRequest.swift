import Foundation
import InovasiCore

/// One page of the sessions a calendar view lists (the selected day's, the week's or the agenda's),
/// so a read follows what the screen can show and not how many sessions the store holds.
public struct SessionListRequest: Hashable, Sendable {
    /// Sessions read at once: more than a 48-row pane shows (a session takes one or two rows), far
    /// fewer than a national week (about 500) or month holds.
    public static let pageSize = 60

    /// The days listed; a session belongs to the day it starts on, in `timeZone`.
    public var days: ClosedRange<CalendarDay>
    public var timeZone: TimeZone
    /// Sessions already loaded before this page.
    public var offset = 0
    public var limit = SessionListRequest.pageSize
    /// Where the cursor goes once the first page is in: the first session on or after this day;
    /// nil keeps it where it is (a reload, the next page).
    public var cursorDay: CalendarDay?

    /// The first page of `days`.
    public init(days: ClosedRange<CalendarDay>, timeZone: TimeZone, cursorDay: CalendarDay? = nil) {
        self.days = days
        self.timeZone = timeZone
        self.cursorDay = cursorDay
    }

    /// The instants the days span: from the first day's midnight to the midnight after the last.
    public var interval: (from: Date, to: Date) {
        (days.lowerBound.start(in: timeZone), days.upperBound.adding(days: 1).start(in: timeZone))
    }
}

/// A calendar search (`/`, `n`, `N`): the text, the day it starts from and the direction. It reads
/// the sessions of the window around that day's month (``CalendarPaneState/window(month:)``) once
/// per search, never on a move.
public struct SessionSearch: Hashable, Sendable {
    public var needle: String
    public var from: CalendarDay
    public var forward: Bool
    public var timeZone: TimeZone
}
