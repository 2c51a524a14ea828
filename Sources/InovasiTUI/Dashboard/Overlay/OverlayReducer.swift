import Foundation

/// Scrolls an overlay and jumps between the lines that match its search.
enum OverlayReducer {
    static func reduce(_ overlay: inout Overlay, _ action: DashboardAction, lineCount: Int, visible: Int)
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
