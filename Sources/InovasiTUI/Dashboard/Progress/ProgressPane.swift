import InovasiCore

/// The OPD progress table as a pane of the shell.
enum ProgressPane: PaneFeature {
    static let title = PaneTitleText.progress
    static let hintActions: [DashboardAction] = [
        .opened, .searchStarted, .sortCycled, .groupCollapsed, .paneFocusedNext, .helpShown, .quitRequested,
    ]

    static func reload(_ state: inout DashboardState) -> [DashboardEffect] {
        [.loadProgress(state.overdueRule)]
    }

    static func navigate(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        ProgressReducer.reduce(into: &state, action: action)
    }

    static func open(_ state: inout DashboardState) -> [DashboardEffect] {
        state.progress.selectedRow.map { [.loadAgencyDetail($0.id, trend: .recent(state))] } ?? []
    }

    static func searchText(_ state: DashboardState) -> String { state.progress.filter }

    static func search(_ text: String, _ state: inout DashboardState) -> [DashboardEffect] {
        ProgressReducer.filter(&state.progress, text, visible: DashboardLayout(state: state).visibleRows(.progress))
        return []
    }

    static func searchCommitted(_ state: inout DashboardState) -> [DashboardEffect] { [] }

    static func jump(_ state: inout DashboardState, forward: Bool) -> [DashboardEffect] {
        ProgressReducer.reduce(into: &state, action: .rowMoved(forward ? 1 : -1))
    }

    static func clearFilter(_ state: inout DashboardState) -> [DashboardEffect]? {
        state.progress.filter.isEmpty ? nil : search("", &state)
    }

    static func refit(_ state: inout DashboardState) -> [DashboardEffect] {
        let visible = DashboardLayout(state: state).visibleRows(.progress)
        ProgressReducer.select(&state.progress, state.progress.selected, visible: visible)
        return []
    }

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        ProgressPaneView.render(state, area: area, into: &canvas, theme: theme)
    }
}
