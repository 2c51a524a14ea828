import InovasiCore

/// The list keys (row, page, first, last) and `Enter`: they go to the overlay on top, or else to
/// the focused pane.
enum NavigationReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        if state.topOverlay != nil { return OverlayReducer.reduce(into: &state, action: action) }
        if action == .opened { return open(&state) }
        switch state.focus {
        case .progress: return ProgressReducer.reduce(into: &state, action: action)
        case .queue: return QueueReducer.reduce(into: &state, action: action)
        case .calendar: return CalendarReducer.reduce(into: &state, action: action)
        }
    }

    /// `Enter`: opens the detail of what is selected in the focused pane.
    static func open(_ state: inout DashboardState) -> [DashboardEffect] {
        switch state.focus {
        case .progress:
            return state.progress.selectedRow.map { [.loadAgencyDetail($0.id)] } ?? []
        case .queue:
            return state.queue.item(at: state.queue.selected).map { [.loadProposalDetail($0.id)] } ?? []
        case .calendar:
            if CalendarReducer.agenda(state.calendar, timeZone: state.context.timeZone).isEmpty {
                state.showFlash(DashboardText.noSessionsThatDay)
                return []
            }
            return [.loadSessionDay(state.calendar.selectedDay, timeZone: state.context.timeZone)]
        }
    }
}
