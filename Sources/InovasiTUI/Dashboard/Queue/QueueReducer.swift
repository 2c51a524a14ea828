import InovasiCore

/// Moves through the virtual review queue and asks for the rows it is about to show.
enum QueueReducer {
    static func reduce(_ pane: inout QueuePaneState, _ action: DashboardAction, visible: Int) -> [DashboardEffect] {
        switch action {
        case .rowMoved(let delta): return select(&pane, pane.selected + delta, visible: visible)
        case .pageMoved(let pages): return select(&pane, pane.selected + pages * visible, visible: visible)
        case .firstRowShown: return select(&pane, 0, visible: visible)
        case .lastRowShown: return select(&pane, pane.total - 1, visible: visible)
        case .queueLoaded(let page):
            pane.isCountPending = false
            return loaded(&pane, page, visible: visible)
        case .queueRowsLoaded(let offset, let items):
            let complete = items.count < visible
            pane.isCountPending = !complete
            return loaded(&pane, QueuePage(offset: offset, items: items, total: offset + items.count), visible: visible)
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
    static func filter(_ pane: inout QueuePaneState, _ text: String, visible: Int) -> [DashboardEffect] {
        var query = pane.query
        query.text = text
        _ = requery(&pane, query, visible: visible)
        pane.isCountPending = true
        return [.loadQueueRows(offset: 0, limit: visible)]
    }

    /// The count a typed filter left pending, asked for now.
    static func settleCount(_ pane: QueuePaneState) -> [DashboardEffect] {
        pane.isCountPending ? [.countQueue] : []
    }

    /// Asks for the list under a new query, from the top; marks are kept.
    static func requery(_ pane: inout QueuePaneState, _ query: QueueQuery, visible: Int) -> [DashboardEffect] {
        pane.query = query
        pane.selected = 0
        pane.scrollTop = 0
        pane.selectedID = nil
        return [window(for: pane, visible: visible)]
    }

    static func select(_ pane: inout QueuePaneState, _ index: Int, visible: Int) -> [DashboardEffect] {
        pane.selected = max(0, min(index, pane.total - 1))
        pane.scrollTop = Scrolling.offset(
            keeping: pane.selected, visible: visible, current: pane.scrollTop, total: pane.total)
        pane.selectedID = pane.item(at: pane.selected)?.id
        return ensureLoaded(pane, visible: visible)
    }

    /// Asks for a new window when the visible rows are not all loaded.
    static func ensureLoaded(_ pane: QueuePaneState, visible: Int) -> [DashboardEffect] {
        pane.hasLoaded(pane.scrollTop..<(pane.scrollTop + visible)) ? [] : [window(for: pane, visible: visible)]
    }

    /// A window of three screens around the visible rows.
    static func window(for pane: QueuePaneState, visible: Int) -> DashboardEffect {
        .loadQueue(offset: max(0, pane.scrollTop - visible), limit: visible * 3)
    }

    /// Takes a loaded page, keeping the selected proposal selected when it is still listed.
    static func loaded(_ pane: inout QueuePaneState, _ page: QueuePage, visible: Int) -> [DashboardEffect] {
        pane.page = page
        pane.total = page.total
        if let id = pane.selectedID, let local = page.items.firstIndex(where: { $0.id == id }) {
            pane.selected = page.offset + local
        }
        pane.selected = max(0, min(pane.selected, pane.total - 1))
        pane.scrollTop = Scrolling.offset(
            keeping: pane.selected, visible: visible, current: pane.scrollTop, total: pane.total)
        pane.selectedID = pane.item(at: pane.selected)?.id
        return ensureLoaded(pane, visible: visible)
    }
}
