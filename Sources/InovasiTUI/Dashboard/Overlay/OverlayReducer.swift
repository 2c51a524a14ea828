import Foundation

/// Moves an overlay's cursor between its items, scrolls it, opens the selected proposal and jumps
/// between the lines that match its search, all over the document kept in the overlay.
enum OverlayReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .agencyDetailLoaded(let detail): return show(.agency(detail), &state)
        case .proposalDetailLoaded(let detail): return show(.proposal(detail), &state)
        case .sessionDayLoaded(let detail):
            let effects = show(.sessions(detail), &state)
            if let id = state.calendar.openingSession { selectSession(id, &state) }
            state.calendar.openingSession = nil
            return effects
        default: break
        }
        guard let top = state.overlays.indices.last else { return [] }
        DocumentKeeper.keep(&state)
        let visible = DashboardLayout(state: state).overlayLines
        return move(&state.overlays[top], action, visible: visible)
    }

    /// Opens a detail, or refreshes it in place when it is already open (a reload).
    static func show(_ kind: OverlayKind, _ state: inout DashboardState) -> [DashboardEffect] {
        if let index = state.overlays.firstIndex(where: { $0.kind.identity == kind.identity }) {
            state.overlays[index].kind = kind
        } else {
            state.overlays.append(Overlay(kind: kind))
        }
        return []
    }

    /// Puts the top overlay's cursor on the session `id`, the one `Enter` opened from the week or agenda.
    static func selectSession(_ id: Int64, _ state: inout DashboardState) {
        DocumentKeeper.keep(&state)
        guard let top = state.overlays.indices.last, let document = state.overlays[top].document,
            let line = document.itemLines.first(where: { document.lines[$0].item == .session(id) })
        else { return }
        state.overlays[top].cursor = line
        state.overlays[top].revealItem(line, DashboardLayout(state: state).overlayLines)
    }

    /// `j`/`k` move the cursor (or scroll where no item is near), the page keys scroll, `Home` and
    /// `End` also take the cursor to the first or last item in view, `Enter` opens the selected
    /// proposal; `visible` is how many lines the overlay shows.
    static func move(_ overlay: inout Overlay, _ action: DashboardAction, visible: Int) -> [DashboardEffect] {
        switch action {
        case .rowMoved(let delta):
            for _ in 0..<abs(delta) { overlay.step(down: delta > 0, visible) }
        case .pageMoved(let pages): overlay.scroll += pages * max(1, visible - 1)
        case .firstRowShown:
            overlay.scroll = 0
            overlay.cursor = nil
        case .lastRowShown:
            overlay.scroll = overlay.lastScroll(visible)
            overlay.cursor = overlay.document?.itemLines.last { overlay.shows($0, visible) }
        case .opened: return open(overlay)
        default: return []
        }
        overlay.match = nil
        overlay.clampScroll(visible)
        overlay.settle(visible)
        return []
    }

    /// `Enter` on a proposal (listed in an OPD's detail) opens its detail on top.
    static func open(_ overlay: Overlay) -> [DashboardEffect] {
        guard case .proposal(let id) = overlay.selectedItem else { return [] }
        return [.loadProposalDetail(id)]
    }

    /// Scrolls to the next (or previous) line containing the search text, after the last match or
    /// the cursor, and puts the cursor on it when it is an item; false when no line matches.
    static func jump(_ overlay: inout Overlay, forward: Bool, visible: Int) -> Bool {
        let needle = overlay.search
        guard !needle.isEmpty, let lines = overlay.document?.lines else { return false }
        let hits = lines.indices.filter {
            lines[$0].plainText.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        guard !hits.isEmpty else { return false }
        let from = overlay.match ?? overlay.cursor ?? (forward ? overlay.scroll - 1 : overlay.scroll)
        let target =
            forward
            ? hits.first { $0 > from } ?? hits[0]
            : hits.last { $0 < from } ?? hits[hits.count - 1]
        overlay.scroll = target
        overlay.clampScroll(visible)
        if lines[target].item != nil { overlay.cursor = target }
        overlay.settle(visible)
        overlay.match = target
        return true
    }
}
