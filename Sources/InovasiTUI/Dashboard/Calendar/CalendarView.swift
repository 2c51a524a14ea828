import InovasiCore

/// What the calendar pane shows: the month grid, one week by day, or the coming sessions.
public enum CalendarView: String, Hashable, Sendable, CaseIterable {
    /// The month grid beside the selected day's sessions.
    case month
    /// Monday to Sunday of the selected day's week, each day's sessions in time order.
    case week
    /// The sessions of the thirty days from the selected day, and the OPDs mentoring has not reached.
    case agenda

    /// The view's name in the pane title.
    var label: Localized {
        switch self {
        case .month: CalendarText.monthView
        case .week: CalendarText.weekView
        case .agenda: CalendarText.agendaView
        }
    }

    /// Days the agenda looks ahead, and the span coverage is measured over.
    static let agendaDays = 30
}
