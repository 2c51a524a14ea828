import InovasiCore

/// What the queue's reducer needs from outside the pane: how many rows are visible, and the
/// overdue rule its rows are read under, so every effect it returns carries its whole request.
struct QueueScope {
    /// Rows the pane shows at the current size.
    var visible: Int
    /// The overdue rule at the state's `now`.
    var overdue: OverdueRule

    /// The scope of `state`'s queue pane.
    init(_ state: DashboardState) {
        // The kiosk draws no panes: its queue page shows as many rows as its body holds.
        visible =
            state.context.isKiosk
            ? QueuePageView.visibleRows(state.size) : DashboardLayout(state: state).visibleRows(.queue)
        overdue = state.overdueRule
    }

    /// The request for `limit` rows from list index `offset` under `query`.
    func request(_ query: QueueQuery, offset: Int, limit: Int) -> QueueRequest {
        QueueRequest(query: query, overdue: overdue, offset: offset, limit: limit)
    }
}
