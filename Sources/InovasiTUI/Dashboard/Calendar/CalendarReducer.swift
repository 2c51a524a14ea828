import Foundation
import InovasiCore

/// Moves the selected day, the view and the session cursor of the mentoring calendar.
enum CalendarReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        let zone = state.context.timeZone
        switch action {
        case .dayMoved(let days): return show(&state.calendar, state.calendar.selectedDay.adding(days: days), zone)
        case .monthMoved(let months):
            return show(&state.calendar, state.calendar.selectedDay.adding(months: months), zone)
        case .todayShown: return show(&state.calendar, state.today, zone)
        case .calendarViewChosen(let view):
            state.calendar.view = view
            state.calendar.sessionCursor = 0
            let agenda = view == .agenda ? [CalendarLoading.uncovered(state)] : []
            return ScreenReducer.refit(&state) + CalendarLoading.moved(state.calendar, zone, cursorDay: nil) + agenda
        case .sessionDaysLoaded(let month, let days):
            CalendarLoading.daysLoaded(&state, month: month, days)
            return []
        case .listedSessionsLoaded(let request, let page):
            CalendarLoading.listLoaded(&state, request, page)
            return []
        case .nextSessionLoaded(let session):
            state.calendar.nextToday = session
            return []
        case .sessionDayFound(let day): return CalendarPane.found(&state, day)
        case .uncoveredLoaded(let agencies):
            state.calendar.uncovered = agencies
            return []
        default: return []
        }
    }

    /// `j`/`k` in the week and agenda views: the cursor moves over the sessions listed.
    static func cursorMoved(_ pane: inout CalendarPaneState, by rows: Int, _ zone: TimeZone) -> [DashboardEffect] {
        guard pane.view != .month else { return [] }
        pane.sessionCursor += rows
        clampCursor(&pane, zone)
        return CalendarLoading.more(pane, zone)
    }

    static func clampCursor(_ pane: inout CalendarPaneState, _ zone: TimeZone) {
        let count = pane.listed(timeZone: zone).count
        pane.sessionCursor = max(0, min(pane.sessionCursor, count - 1))
    }

    /// The session under the week's or agenda's cursor.
    static func selectedSession(_ pane: CalendarPaneState, timeZone: TimeZone) -> MentoringSession? {
        let listed = pane.listed(timeZone: timeZone)
        return listed.indices.contains(pane.sessionCursor) ? listed[pane.sessionCursor] : nil
    }

    /// Selects `day`; a day in another month asks for that month's busy days, other listed days for
    /// their sessions. In the week view the cursor goes to the day's first session (or the next one
    /// after it), once they are read if they are not yet.
    static func show(_ pane: inout CalendarPaneState, _ day: CalendarDay, _ zone: TimeZone) -> [DashboardEffect] {
        pane.selectedDay = day
        pane.agendaScroll = 0
        let listed = pane.listed(timeZone: zone)
        pane.sessionCursor =
            listed.firstIndex { CalendarDay(containing: $0.startsAt, in: zone) >= day } ?? max(0, listed.count - 1)
        return CalendarLoading.moved(pane, zone, cursorDay: day)
    }

    /// At midnight a calendar that was on today moves to the new day by itself.
    static func rolledOver(_ state: inout DashboardState, from oldToday: CalendarDay) -> [DashboardEffect] {
        let today = state.today
        guard today != oldToday else { return [] }
        let next = [CalendarLoading.nextSession(state)]
        guard state.calendar.selectedDay == oldToday else { return next }
        return show(&state.calendar, today, state.context.timeZone) + next
    }

    /// Sessions of the selected day, by start time.
    static func agenda(_ pane: CalendarPaneState, timeZone: TimeZone) -> [MentoringSession] {
        SessionMarks.starting(on: pane.selectedDay...pane.selectedDay, pane.sessions, zone: timeZone)
    }

    /// The next (or previous) day after `search.from` with a session whose title, narasumber or
    /// institution matches, among `sessions` (those of the searched window); wraps around.
    static func matchingDay(_ search: SessionSearch, in sessions: [MentoringSession]) -> CalendarDay? {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let needle = search.needle
        let days =
            sessions
            .filter {
                $0.title.range(of: needle, options: options) != nil
                    || $0.speakerInstitution.range(of: needle, options: options) != nil
                    || $0.speakerName.range(of: needle, options: options) != nil
            }
            .map { CalendarDay(containing: $0.startsAt, in: search.timeZone) }
        let sortedDays = Array(Set(days)).sorted()
        if search.forward {
            return sortedDays.first { $0 > search.from } ?? sortedDays.first
        }
        return sortedDays.last { $0 < search.from } ?? sortedDays.last
    }
}
