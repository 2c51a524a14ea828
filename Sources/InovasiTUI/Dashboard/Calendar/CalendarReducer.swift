import Foundation
import InovasiCore

/// Moves the selected day and month of the mentoring calendar.
enum CalendarReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        let zone = state.context.timeZone
        switch action {
        case .dayMoved(let days): return show(&state.calendar, state.calendar.selectedDay.adding(days: days), zone)
        case .monthMoved(let months):
            return show(&state.calendar, state.calendar.selectedDay.adding(months: months), zone)
        case .todayShown: return show(&state.calendar, state.today, zone)
        case .sessionsLoaded(let month, let sessions):
            state.markLoaded()
            if month == state.calendar.selectedDay.firstOfMonth {
                state.calendar.sessions = sessions
                state.calendar.loadedMonth = month
            }
            return []
        default: return []
        }
    }

    /// Selects `day`; a day in another month asks for that month's sessions.
    static func show(_ pane: inout CalendarPaneState, _ day: CalendarDay, _ zone: TimeZone) -> [DashboardEffect] {
        pane.selectedDay = day
        pane.agendaScroll = 0
        guard pane.loadedMonth != day.firstOfMonth else { return [] }
        return [.loadSessions(month: day.firstOfMonth, timeZone: zone)]
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
