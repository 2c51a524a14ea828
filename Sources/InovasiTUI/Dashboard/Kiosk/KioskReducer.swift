import Foundation

/// The kiosk's round: the configured wall pages, one screenful per interval (``KioskPageReducer``).
enum KioskReducer {
    /// Moves to the next screenful when the current one has been shown for the interval.
    static func advance(_ state: inout DashboardState) -> [DashboardEffect] {
        guard let since = state.kioskViewSince else {
            state.kioskViewSince = state.now
            return []
        }
        guard state.now.timeIntervalSince(since) >= Double(max(1, state.context.kioskInterval)) else { return [] }
        state.kioskViewSince = state.now
        KioskPageReducer.turn(&state)
        return []
    }
}
