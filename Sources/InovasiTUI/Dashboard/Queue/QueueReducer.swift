import InovasiCore

/// Moves through the virtual review queue and asks for the rows it is about to show.
enum QueueReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        let scope = QueueScope(state)
        switch action {
        case .queueLoaded, .queueRowsLoaded, .queueCounted:
            state.markLoaded()
            return loaded(&state.queue, action, scope)
        default:
            return move(&state.queue, action, scope)
        }
    }

    /// The list keys: row, page, first, last.
    static func move(_ pane: inout QueuePaneState, _ action: DashboardAction, _ scope: QueueScope)
        -> [DashboardEffect]
    {
        switch action {
        case .rowMoved(let delta): select(&pane, pane.selected + delta, scope)
        case .pageMoved(let pages): select(&pane, pane.selected + pages * scope.visible, scope)
        case .firstRowShown: select(&pane, 0, scope)
        case .lastRowShown: select(&pane, pane.total - 1, scope)
        default: []
        }
    }

    /// What the store answered: a page with its count, rows of a live filter, or the count after.
    static func loaded(_ pane: inout QueuePaneState, _ action: DashboardAction, _ scope: QueueScope)
        -> [DashboardEffect]
    {
        switch action {
        case .queueLoaded(let page):
            pane.isCountPending = false
            return take(&pane, page, scope)
        case .queueRowsLoaded(let offset, let items):
            pane.isCountPending = items.count >= scope.visible
            return take(&pane, QueuePage(offset: offset, items: items, total: offset + items.count), scope)
        case .queueCounted(let query, let count):
            guard query == pane.query, pane.isCountPending else { return [] }
            pane.isCountPending = false
            let total = max(count, pane.page.offset + pane.page.items.count)
            pane.total = total
            pane.page.total = total
            return []
        default: return []
        }
    }

    /// Sets the text filter as it is typed; the list starts again at the top, and its count waits
    /// until typing pauses.
    static func filter(_ pane: inout QueuePaneState, _ text: String, _ scope: QueueScope) -> [DashboardEffect] {
        var query = pane.query
        query.text = text
        _ = requery(&pane, query, scope)
        pane.isCountPending = true
        return [.loadQueueRows(scope.request(query, offset: 0, limit: scope.visible))]
    }

    /// The count a typed filter left pending, asked for now.
    static func settleCount(_ pane: QueuePaneState, _ scope: QueueScope) -> [DashboardEffect] {
        pane.isCountPending ? [.countQueue(pane.query, scope.overdue)] : []
    }

    /// Asks for the list under a new query, from the top; marks are kept.
    static func requery(_ pane: inout QueuePaneState, _ query: QueueQuery, _ scope: QueueScope) -> [DashboardEffect] {
        pane.query = query
        pane.selected = 0
        pane.scrollTop = 0
        pane.selectedID = nil
        return [window(for: pane, scope)]
    }

    static func select(_ pane: inout QueuePaneState, _ index: Int, _ scope: QueueScope) -> [DashboardEffect] {
        pane.selected = max(0, min(index, pane.total - 1))
        pane.scrollTop = Scrolling.offset(
            keeping: pane.selected, visible: scope.visible, current: pane.scrollTop, total: pane.total)
        pane.selectedID = pane.item(at: pane.selected)?.id
        return ensureLoaded(pane, scope)
    }

    /// Asks for a new window when the visible rows are not all loaded.
    static func ensureLoaded(_ pane: QueuePaneState, _ scope: QueueScope) -> [DashboardEffect] {
        pane.hasLoaded(pane.scrollTop..<(pane.scrollTop + scope.visible)) ? [] : [window(for: pane, scope)]
    }

    /// A window of three screens around the visible rows.
    static func window(for pane: QueuePaneState, _ scope: QueueScope) -> DashboardEffect {
        .loadQueue(scope.request(pane.query, offset: max(0, pane.scrollTop - scope.visible), limit: scope.visible * 3))
    }

    /// Takes a loaded page, keeping the selected proposal selected when it is still listed.
    static func take(_ pane: inout QueuePaneState, _ page: QueuePage, _ scope: QueueScope) -> [DashboardEffect] {
        pane.page = page
        pane.total = page.total
        if let id = pane.selectedID, let local = page.items.firstIndex(where: { $0.id == id }) {
            pane.selected = page.offset + local
        }
        pane.selected = max(0, min(pane.selected, pane.total - 1))
        pane.scrollTop = Scrolling.offset(
            keeping: pane.selected, visible: scope.visible, current: pane.scrollTop, total: pane.total)
        pane.selectedID = pane.item(at: pane.selected)?.id
        return ensureLoaded(pane, scope)
    }
}
