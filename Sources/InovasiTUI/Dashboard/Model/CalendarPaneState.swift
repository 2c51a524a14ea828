import InovasiCore

/// The mentoring calendar pane: the month shown, the selected day and the month's sessions.
public struct CalendarPaneState: Hashable, Sendable {
    public var selectedDay: CalendarDay
    /// Sessions starting in the shown month, by start time.
    public var sessions: [MentoringSession] = []
    /// The month the sessions were loaded for.
    public var loadedMonth: CalendarDay?
    /// Scroll of the selected day's agenda.
    public var agendaScroll = 0

    public init(selectedDay: CalendarDay) {
        self.selectedDay = selectedDay
    }
}
