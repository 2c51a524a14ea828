import Foundation
import InovasiCore

/// The mentoring calendar pane: the view, the selected day, the sessions loaded around its month.
public struct CalendarPaneState: Hashable, Sendable {
    /// The day under the cursor; its month is the month shown, its week the week shown, and the agenda
    /// starts on it.
    public var selectedDay: CalendarDay
    /// Sessions starting in the loaded window (``CalendarPaneState/window(month:)``), by start time.
    public var sessions: [MentoringSession] = []
    /// The month the sessions were loaded for.
    public var loadedMonth: CalendarDay?
    /// Scroll of the selected day's agenda.
    public var agendaScroll = 0
    /// The view shown (`m`, `w`, `a`).
    public var view: CalendarView = .month
    /// The session under the cursor in the week and agenda views: an index into ``listed(timeZone:)``.
    public var sessionCursor = 0
    /// The sessions of the window holding today, kept for the header's next session while the
    /// calendar shows another month.
    public var aroundToday: [MentoringSession] = []
    /// The session `Enter` opened, for the detail's cursor once its day is read.
    public var openingSession: Int64?
    /// The session just saved from a form, for the cursor once the window is read again.
    public var focusSession: Int64?

    /// A calendar on `selectedDay`'s month with nothing loaded yet.
    public init(selectedDay: CalendarDay) {
        self.selectedDay = selectedDay
    }

    /// The days read for `month`: from the Monday of its first week to 31 days past the Sunday of its
    /// last, so every week shown and the agenda of any of its days are in one bounded read.
    public static func window(month: CalendarDay) -> ClosedRange<CalendarDay> {
        let first = CalendarWeek(containing: month.firstOfMonth).monday
        let last = CalendarWeek(containing: month.lastOfMonth).sunday.adding(days: CalendarView.agendaDays + 1)
        return first...last
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

    /// The sessions the cursor moves over: the week's or the agenda's in time order; the month view's
    /// are the selected day's.
    public func listed(timeZone: TimeZone) -> [MentoringSession] {
        let days = view == .month ? selectedDay...selectedDay : listedDays
        return SessionMarks.starting(on: days, sessions, zone: timeZone)
    }
}
