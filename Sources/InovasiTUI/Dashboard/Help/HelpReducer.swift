/// `?`: opens the help over everything, or closes it when it is on top.
enum HelpReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        if state.topOverlay?.kind == .help {
            state.overlays.removeLast()
        } else {
            state.overlays.append(Overlay(kind: .help))
        }
        return []
    }
}
