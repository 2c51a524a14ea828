import Foundation

/// The kiosk's round: all three panes, then each pane full screen, one view per interval
/// (one pane after another when the terminal only fits one).
enum KioskReducer {
    /// The views in order: nil is the overview, a pane is that pane zoomed.
    static let round: [PaneID?] = [nil] + PaneID.allCases

    /// Moves to the next view when the current one has been shown for the interval.
    static func advance(_ state: inout DashboardState) -> [DashboardEffect] {
        guard let since = state.kioskViewSince else {
            state.kioskViewSince = state.now
            return []
        }
        guard state.now.timeIntervalSince(since) >= Double(max(1, state.context.kioskInterval)) else { return [] }
        state.kioskViewSince = state.now
        if state.layoutMode == .tabs {
            state.focus = state.focus.next
        } else {
            let current = state.isZoomed ? state.focus : nil
            let index = round.firstIndex(of: current) ?? 0
            let next = round[(index + 1) % round.count]
            state.isZoomed = next != nil
            state.focus = next ?? .progress
        }
        return ScreenReducer.refit(&state)
    }
}
