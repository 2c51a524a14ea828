import InovasiCore

/// `Ctrl-R` and the kiosk's watch on the config file: asks for the file again and applies what
/// a good file says, or keeps the old settings and says why.
enum ConfigReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .configReloadRequested: return [.reloadConfig(onlyIfChanged: false)]
        case .configReloaded(let settings): return apply(settings, to: &state)
        case .configReloadFailed(let problem):
            state.showFlash(ConfigReloadText.kept(problem), isError: true)
            return []
        default: return []
        }
    }

    /// The live settings put in force; the panes read again under the new overdue rule and scoring.
    static func apply(_ settings: LiveSettings, to state: inout DashboardState) -> [DashboardEffect] {
        if let language = settings.language { state.language = language }
        state.context.overdueDays = settings.overdueDays
        state.context.scoring = settings.scoring
        if let interval = settings.kioskInterval { state.context.kioskInterval = interval }
        state.context.keyMap = settings.keyMap
        state.showFlash(ConfigReloadText.reloaded)
        let theme = settings.theme.map { [DashboardEffect.selectTheme($0)] } ?? []
        return theme + PaneID.allCases.flatMap { $0.feature.reload(&state) }
    }
}
