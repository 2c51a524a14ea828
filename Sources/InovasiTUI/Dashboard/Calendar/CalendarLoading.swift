import Foundation
import InovasiCore

/// What the calendar reads and keeps: the month's busy days, the pages of the sessions a view lists,
/// today's next session and the uncovered OPDs; each read bounded by what the screen shows.
enum CalendarLoading {
    /// The reads a move to the pane's selected day needs: the grid's days when the month changed,
    /// the listed sessions when the listed days did.
    static func moved(_ pane: CalendarPaneState, _ zone: TimeZone, cursorDay: CalendarDay?) -> [DashboardEffect] {
        var effects: [DashboardEffect] = []
        if pane.loadedMonth != pane.selectedDay.firstOfMonth {
            effects.append(.loadSessions(month: pane.selectedDay.firstOfMonth, timeZone: zone))
        }
        if let request = pane.listRequest(zone, cursorDay: cursorDay) { effects.append(.loadListedSessions(request)) }
        return effects
    }

    /// Everything read again (start, data changed, a session saved), the cursor kept.
    static func reload(_ state: inout DashboardState) -> [DashboardEffect] {
        state.calendar.loadedMonth = nil
        state.calendar.loadedList = nil
        let zone = state.context.timeZone
        var effects = moved(state.calendar, zone, cursorDay: nil) + [nextSession(state)]
        if state.calendar.view == .agenda { effects.append(uncovered(state)) }
        return effects
    }

    /// Today's next session from now to midnight.
    static func nextSession(_ state: DashboardState) -> DashboardEffect {
        .loadNextSession(from: state.now, to: state.today.adding(days: 1).start(in: state.context.timeZone))
    }

    /// The OPDs with no session in the coming thirty days.
    static func uncovered(_ state: DashboardState) -> DashboardEffect {
        let zone = state.context.timeZone
        return .loadUncovered(
            from: state.today.start(in: zone), to: state.today.adding(days: CalendarView.agendaDays).start(in: zone))
    }

    /// The header's next session has started: read the one after it.
    static func nextStarted(_ state: DashboardState) -> [DashboardEffect] {
        guard let next = state.calendar.nextToday, next.startsAt < state.now else { return [] }
        return [nextSession(state)]
    }

    static func daysLoaded(_ state: inout DashboardState, month: CalendarDay, _ days: Set<CalendarDay>) {
        state.markLoaded()
        guard month == state.calendar.selectedDay.firstOfMonth else { return }
        state.calendar.busyDays = days
        state.calendar.loadedMonth = month
    }

    /// A page in: the first replaces the list, a later one extends it when it follows on; a page for
    /// days no longer shown is dropped.
    static func listLoaded(
        _ state: inout DashboardState, _ request: SessionListRequest, _ page: [MentoringSession]
    ) {
        state.markLoaded()
        var pane = state.calendar
        guard request.days == pane.shownDays else { return }
        if request.offset == 0 {
            pane.sessions = page
        } else if request.offset == pane.sessions.count, pane.loadedList == request.days {
            pane.sessions += page
        } else {
            return
        }
        pane.loadedList = request.days
        pane.listComplete = page.count < request.limit
        let zone = request.timeZone
        if let day = request.cursorDay {
            let listed = pane.listed(timeZone: zone)
            pane.sessionCursor =
                listed.firstIndex { CalendarDay(containing: $0.startsAt, in: zone) >= day } ?? max(0, listed.count - 1)
        }
        SessionReducer.focus(&pane, zone)
        CalendarReducer.clampCursor(&pane, zone)
        state.calendar = pane
    }

    /// The next page when the cursor reaches the last session loaded and more remain.
    static func more(_ pane: CalendarPaneState, _ zone: TimeZone) -> [DashboardEffect] {
        guard pane.view != .month, !pane.listComplete, let days = pane.loadedList, days == pane.shownDays,
            pane.sessionCursor >= pane.listed(timeZone: zone).count - 1
        else { return [] }
        var request = SessionListRequest(days: days, timeZone: zone)
        request.offset = pane.sessions.count
        return [.loadListedSessions(request)]
    }
}
