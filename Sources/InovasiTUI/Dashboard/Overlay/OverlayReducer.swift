import Foundation

/// Scrolls an overlay and jumps between the lines that match its search.
enum OverlayReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .agencyDetailLoaded(let detail): return show(.agency(detail), &state)
        case .proposalDetailLoaded(let detail): return show(.proposal(detail), &state)
        case .sessionDayLoaded(let detail): return show(.sessions(detail), &state)
        default: break
        }
        guard var overlay = state.topOverlay else { return [] }
        let layout = DashboardLayout(state: state)
        let lines = OverlayDocument.build(overlay.kind, state: state, width: layout.header.width).count
        let effects = scroll(&overlay, action, lineCount: lines, visible: layout.overlayLines)
        state.overlays[state.overlays.count - 1] = overlay
        return effects
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

    static func scroll(_ overlay: inout Overlay, _ action: DashboardAction, lineCount: Int, visible: Int)
        -> [DashboardEffect]
    {
        let last = max(0, lineCount - visible)
        switch action {
        case .rowMoved(let delta): overlay.scroll += delta
        case .pageMoved(let pages): overlay.scroll += pages * max(1, visible - 1)
        case .firstRowShown: overlay.scroll = 0
        case .lastRowShown: overlay.scroll = last
        default: break
        }
        overlay.scroll = max(0, min(overlay.scroll, last))
        return []
    }

    /// Scrolls to the next (or previous) line containing the search text; false when none does.
    static func jump(_ overlay: inout Overlay, lines: [String], forward: Bool, visible: Int) -> Bool {
        let needle = overlay.search
        guard !needle.isEmpty else { return false }
        let hits = lines.indices.filter {
            lines[$0].range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        guard !hits.isEmpty else { return false }
        let target =
            forward
            ? hits.first { $0 > overlay.scroll } ?? hits[0]
            : hits.last { $0 < overlay.scroll } ?? hits[hits.count - 1]
        overlay.scroll = max(0, min(target, max(0, lines.count - visible)))
        return true
    }
}
