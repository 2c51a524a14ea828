import Foundation
import InovasiCore

/// The mentoring calendar pane: the view, the selected day, and only what it shows: which days of
/// the month have sessions, a page of the sessions listed, today's next session, the uncovered OPDs.
public struct CalendarPaneState: Hashable, Sendable {
    /// The day under the cursor; its month is the month shown, its week the week shown, and the agenda
    /// starts on it.
    public var selectedDay: CalendarDay
    /// The days of the loaded month's grid (``CalendarPaneState/grid(month:)``) with a session.
    public var busyDays: Set<CalendarDay> = []
    /// The month whose busy days are loaded.
    public var loadedMonth: CalendarDay?
    /// The sessions listed (``shownDays``) loaded so far, by start time: one page or a few.
    public var sessions: [MentoringSession] = []
    /// The days ``sessions`` were read for; nil until read, or after a reload asked for them anew.
    public var loadedList: ClosedRange<CalendarDay>?
    /// Whether ``sessions`` holds every session of ``loadedList`` (the last page came back short).
    public var listComplete = false
    /// Scroll of the selected day's agenda.
    public var agendaScroll = 0
    /// The view shown (`m`, `w`, `a`).
    public var view: CalendarView = .month
    /// The session under the cursor in the week and agenda views: an index into ``listed(timeZone:)``.
    public var sessionCursor = 0
    /// Today's next scheduled session as last read, for the header whatever month is shown.
    public var nextToday: MentoringSession?
    /// The OPDs without a main innovation and no session in the coming thirty days, read when the
    /// agenda is shown; nil until then.
    public var uncovered: [Agency]?
    /// The session `Enter` opened, for the detail's cursor once its day is read.
    public var openingSession: Int64?
    /// The session just saved from a form, for the cursor once the window is read again.
    public var focusSession: Int64?

    /// A calendar on `selectedDay`'s month with nothing loaded yet.
    public init(selectedDay: CalendarDay) {
        self.selectedDay = selectedDay
    }

    /// The days a search from `month` looks at: from the Monday of its first week to 31 days past
    /// the Sunday of its last, the weeks shown and the agenda of any of its days.
    public static func window(month: CalendarDay) -> ClosedRange<CalendarDay> {
        grid(month: month).lowerBound...grid(month: month).upperBound.adding(days: CalendarView.agendaDays + 1)
    }

    /// The days of `month`'s grid: from the Monday of its first week to the Sunday of its last.
    public static func grid(month: CalendarDay) -> ClosedRange<CalendarDay> {
        CalendarWeek(containing: month.firstOfMonth).monday...CalendarWeek(containing: month.lastOfMonth).sunday
    }

    /// The days the week or agenda view lists.
    public var listedDays: ClosedRange<CalendarDay> {
        switch view {
        case .week:
            let week = CalendarWeek(containing: selectedDay)
            return week.monday...week.sunday
        case .month, .agenda: return selectedDay...selectedDay.adding(days: CalendarView.agendaDays - 1)
        }
    }

    /// The days whose sessions the view lists: the selected day's in the month view (beside the
    /// grid), the week's or the agenda's thirty days.
    public var shownDays: ClosedRange<CalendarDay> { view == .month ? selectedDay...selectedDay : listedDays }

    /// The first page of what the view lists, unless it is loaded already.
    func listRequest(_ zone: TimeZone, cursorDay: CalendarDay? = nil) -> SessionListRequest? {
        loadedList == shownDays ? nil : SessionListRequest(days: shownDays, timeZone: zone, cursorDay: cursorDay)
    }

    /// The sessions the cursor moves over: the week's or the agenda's in time order; the month view's
    /// are the selected day's.
    public func listed(timeZone: TimeZone) -> [MentoringSession] {
        SessionMarks.starting(on: shownDays, sessions, zone: timeZone)
    }
}
