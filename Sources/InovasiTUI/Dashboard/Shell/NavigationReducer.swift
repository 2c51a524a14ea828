import InovasiCore

/// The list keys (row, page, first, last) and `Enter`: they go to the overlay on top, or else to
/// the focused pane.
enum NavigationReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        if state.topOverlay != nil { return OverlayReducer.reduce(into: &state, action: action) }
        let pane = state.focus.feature
        return action == .opened ? pane.open(&state) : pane.navigate(&state, action)
    }
}
