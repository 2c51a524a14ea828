import InovasiCore

/// The review queue pane: a window of rows around the selection over a virtual list.
public struct QueuePaneState: Hashable, Sendable {
    /// Which proposals are listed and in what order.
    public var query = QueueQuery()
    /// Rows matching the query, in the store.
    public var total = 0
    /// The loaded window of rows; the rest of the list stays in the store.
    public var page = QueuePage(offset: 0, items: [], total: 0)
    /// List index of the row under the cursor (over the whole list, not the window).
    public var selected = 0
    /// List index of the first row shown.
    public var scrollTop = 0
    /// Id of the selected proposal, kept when data reloads.
    public var selectedID: Int64?
    /// Marked proposals (`Space`, `v`) and the version each had when marked.
    public var marks: [Int64: Int64] = [:]
    /// Who held each marked proposal when it was marked (absent: no one), for the decision rule and
    /// the reassignment question.
    public var markHolders: [Int64: String] = [:]
    /// The proposals of the last bulk action saved from here, which `u` undoes at once; emptied by
    /// the next saved change.
    public var lastBatch: [Int64] = []
    /// Where the last mark was set, for marking a range with `v`.
    public var markAnchor: Int?
    /// The rows come from a filter being typed and `total` is only what is loaded so far; the real
    /// count is asked for when typing pauses.
    public var isCountPending = false

    public init() {}

    /// The row at list index `index`, when it is in the loaded window.
    public func item(at index: Int) -> QueueItem? {
        let local = index - page.offset
        return page.items.indices.contains(local) ? page.items[local] : nil
    }

    /// Whether list indices `range` are all loaded.
    public func hasLoaded(_ range: Range<Int>) -> Bool {
        let clamped = range.clamped(to: 0..<max(total, 0))
        return clamped.isEmpty
            || (clamped.lowerBound >= page.offset && clamped.upperBound <= page.offset + page.items.count)
    }
}
