import Foundation
import InovasiCore

/// Moves the selected day and month of the mentoring calendar.
enum CalendarReducer {
    static func reduce(_ pane: inout CalendarPaneState, _ action: DashboardAction, today: CalendarDay)
        -> [DashboardEffect]
    {
        switch action {
        case .dayMoved(let days): return show(&pane, pane.selectedDay.adding(days: days))
        case .monthMoved(let months): return show(&pane, pane.selectedDay.adding(months: months))
        case .todayShown: return show(&pane, today)
        case .sessionsLoaded(let month, let sessions):
            if month == pane.selectedDay.firstOfMonth {
                pane.sessions = sessions
                pane.loadedMonth = month
            }
            return []
        default: return []
        }
    }

    /// Selects `day`; a day in another month asks for that month's sessions.
    static func show(_ pane: inout CalendarPaneState, _ day: CalendarDay) -> [DashboardEffect] {
        pane.selectedDay = day
        pane.agendaScroll = 0
        guard pane.loadedMonth != day.firstOfMonth else { return [] }
        return [.loadSessions(month: day.firstOfMonth)]
    }

    /// Sessions of the selected day, by start time.
    static func agenda(_ pane: CalendarPaneState, timeZone: TimeZone) -> [MentoringSession] {
        pane.sessions.filter { CalendarDay(containing: $0.startsAt, in: timeZone) == pane.selectedDay }
    }

    /// The next (or previous) day of the shown month with a session whose title or place matches.
    static func matchingDay(_ pane: CalendarPaneState, _ needle: String, forward: Bool, timeZone: TimeZone)
        -> CalendarDay?
    {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let days = pane.sessions
            .filter {
                $0.title.range(of: needle, options: options) != nil
                    || $0.speakerInstitution.range(of: needle, options: options) != nil
                    || $0.speakerName.range(of: needle, options: options) != nil
            }
            .map { CalendarDay(containing: $0.startsAt, in: timeZone) }
        let sortedDays = Array(Set(days)).sorted()
        if forward {
            return sortedDays.first { $0 > pane.selectedDay } ?? sortedDays.first
        }
        return sortedDays.last { $0 < pane.selectedDay } ?? sortedDays.last
    }
}
