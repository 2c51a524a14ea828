import InovasiCore

/// The mentoring calendar pane: the month shown, the selected day and the month's sessions.
public struct CalendarPaneState: Hashable, Sendable {
    /// The day under the cursor; its month is the month shown and its sessions the agenda listed.
    public var selectedDay: CalendarDay
    /// Sessions starting in the shown month, by start time.
    public var sessions: [MentoringSession] = []
    /// The month the sessions were loaded for.
    public var loadedMonth: CalendarDay?
    /// Scroll of the selected day's agenda.
    public var agendaScroll = 0

    /// A calendar on `selectedDay`'s month with nothing loaded yet.
    public init(selectedDay: CalendarDay) {
        self.selectedDay = selectedDay
    }
}
