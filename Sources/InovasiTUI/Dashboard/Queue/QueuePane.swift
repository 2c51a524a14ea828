import InovasiCore

/// The review queue as a pane of the shell.
enum QueuePane: PaneFeature {
    static let title = PaneTitleText.queue
    static let hintActions: [DashboardAction] = [
        .opened, .takeRequested, .scoreRequested, .decisionRequested, .markToggled, .filterFormOpened,
        .undoRequested, .helpShown, .quitRequested,
    ]

    /// The loaded window again (at least three screens), so rows do not jump while reading.
    static func reload(_ state: inout DashboardState) -> [DashboardEffect] {
        let scope = QueueScope(state)
        let page = state.queue.page
        return [
            .loadQueue(
                scope.request(state.queue.query, offset: page.offset, limit: max(page.items.count, scope.visible * 3)))
        ]
    }

    static func navigate(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        QueueReducer.reduce(into: &state, action: action)
    }

    static func open(_ state: inout DashboardState) -> [DashboardEffect] {
        state.queue.item(at: state.queue.selected).map { [.loadProposalDetail($0.id)] } ?? []
    }

    static func searchText(_ state: DashboardState) -> String { state.queue.query.text }

    static func search(_ text: String, _ state: inout DashboardState) -> [DashboardEffect] {
        guard text != state.queue.query.text else { return [] }
        return QueueReducer.filter(&state.queue, text, QueueScope(state))
    }

    /// The count a typed filter left pending is asked for once the filter is kept.
    static func searchCommitted(_ state: inout DashboardState) -> [DashboardEffect] {
        QueueReducer.settleCount(state.queue, QueueScope(state))
    }

    static func jump(_ state: inout DashboardState, forward: Bool) -> [DashboardEffect] {
        QueueReducer.reduce(into: &state, action: .rowMoved(forward ? 1 : -1))
    }

    /// `Esc` clears the typed filter first, then what the filter form narrowed (status, OPD, bentuk,
    /// jenis, reviewer, overdue only); the order stays.
    static func clearFilter(_ state: inout DashboardState) -> [DashboardEffect]? {
        let query = state.queue.query
        if !query.text.isEmpty { return search("", &state) }
        guard query.isFiltered else { return nil }
        var standard = QueueQuery.standard
        standard.sort = query.sort
        standard.descending = query.descending
        return QueueReducer.requery(&state.queue, standard, QueueScope(state))
    }

    static func refit(_ state: inout DashboardState) -> [DashboardEffect] {
        QueueReducer.select(&state.queue, state.queue.selected, QueueScope(state))
    }

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        QueuePaneView.render(state, area: area, into: &canvas, theme: theme)
    }
}
