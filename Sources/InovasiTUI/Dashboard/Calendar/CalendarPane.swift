import InovasiCore

/// The mentoring calendar as a pane of the shell.
enum CalendarPane: PaneFeature {
    static let title = PaneTitleText.calendar
    static let hintActions: [DashboardAction] = viewHints(.month)

    /// What a person most needs in each view, most important first: the status line shows these
    /// with the keys and help texts of the view's own bindings.
    static func viewHints(_ view: CalendarView) -> [DashboardAction] {
        switch view {
        case .month:
            [
                .dayMoved(1), .monthMoved(1), .todayShown, .calendarViewChosen(.week), .opened, .paneFocusedNext,
                .helpShown, .quitRequested,
            ]
        case .week:
            [
                .rowMoved(1), .dayMoved(7), .opened, .calendarViewChosen(.agenda), .calendarViewChosen(.month),
                .todayShown, .helpShown, .quitRequested,
            ]
        case .agenda:
            [
                .rowMoved(1), .dayMoved(7), .opened, .calendarViewChosen(.week), .calendarViewChosen(.month),
                .todayShown, .helpShown, .quitRequested,
            ]
        }
    }

    /// What the calendar shows, read again: the month's busy days, the listed sessions, today's next.
    static func reload(_ state: inout DashboardState) -> [DashboardEffect] {
        CalendarLoading.reload(&state)
    }

    /// `j`/`k` move the session cursor of the week and the agenda; days move with their own keys.
    static func navigate(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        guard case .rowMoved(let rows) = action else { return [] }
        return CalendarReducer.cursorMoved(&state.calendar, by: rows, state.context.timeZone)
    }

    /// `Enter` on a day opens its sessions, or says there are none; in the week and agenda views it
    /// opens the session under the cursor, its day's detail with the cursor on it.
    static func open(_ state: inout DashboardState) -> [DashboardEffect] {
        let zone = state.context.timeZone
        if state.calendar.view != .month {
            guard let session = CalendarReducer.selectedSession(state.calendar, timeZone: zone) else {
                state.showFlash(CalendarText.noSessionsListed)
                return []
            }
            state.calendar.openingSession = session.id
            return [.loadSessionDay(CalendarDay(containing: session.startsAt, in: zone), timeZone: zone)]
        }
        if CalendarReducer.agenda(state.calendar, timeZone: state.context.timeZone).isEmpty {
            state.showFlash(DashboardText.noSessionsThatDay)
            return []
        }
        return [.loadSessionDay(state.calendar.selectedDay, timeZone: state.context.timeZone)]
    }

    static func searchText(_ state: DashboardState) -> String { state.calendarSearch }

    static func search(_ text: String, _ state: inout DashboardState) -> [DashboardEffect] {
        state.calendarSearch = text
        return []
    }

    /// A kept search goes to the first matching day after the selected one.
    static func searchCommitted(_ state: inout DashboardState) -> [DashboardEffect] {
        jump(&state, forward: true)
    }

    /// `n`/`N`: the next or previous matching day, looked up by the runner in the month's window.
    static func jump(_ state: inout DashboardState, forward: Bool) -> [DashboardEffect] {
        guard !state.calendarSearch.isEmpty else {
            state.showFlash(DashboardText.noMatch, isError: true)
            return []
        }
        let search = SessionSearch(
            needle: state.calendarSearch, from: state.calendar.selectedDay, forward: forward,
            timeZone: state.context.timeZone)
        return [.findSessionDay(search)]
    }

    /// The day a search found, or a flash when none matched.
    static func found(_ state: inout DashboardState, _ day: CalendarDay?) -> [DashboardEffect] {
        guard let day else {
            state.showFlash(DashboardText.noMatch, isError: true)
            return []
        }
        return CalendarReducer.show(&state.calendar, day, state.context.timeZone)
    }

    /// The calendar's search is not a filter: `Esc` leaves it for `n`/`N`.
    static func clearFilter(_ state: inout DashboardState) -> [DashboardEffect]? { nil }

    static func refit(_ state: inout DashboardState) -> [DashboardEffect] { [] }

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        CalendarPaneView.render(state, area: area, into: &canvas, theme: theme)
    }
}
