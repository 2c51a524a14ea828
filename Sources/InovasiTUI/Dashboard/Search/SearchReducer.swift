import InovasiCore

/// `/` and `n`/`N`: the prompt filters live (`Enter` keeps the filter, `Esc` restores none), and the
/// last search's matches are jumped between in the overlay on top or the focused pane.
enum SearchReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .searchStarted: return start(&state)
        case .nextMatchShown, .previousMatchShown: return jump(&state, forward: action == .nextMatchShown)
        default: return prompt(&state, action)
        }
    }

    static func start(_ state: inout DashboardState) -> [DashboardEffect] {
        if let overlay = state.topOverlay {
            guard overlay.kind != .help else { return [] }
            state.prompt = SearchPrompt(target: .overlay, text: overlay.search)
        } else {
            state.prompt = SearchPrompt(target: .pane(state.focus), text: state.focus.feature.searchText(state))
        }
        return []
    }

    /// Typing, erasing, keeping or cancelling the prompt's text.
    static func prompt(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        guard var prompt = state.prompt else { return [] }
        switch action {
        case .searchTyped(let character):
            prompt.text.append(character)
        case .searchErased:
            guard !prompt.text.isEmpty else { return [] }
            prompt.text.removeLast()
        case .searchCommitted:
            state.prompt = nil
            guard case .pane(let pane) = prompt.target else { return [] }
            return pane.feature.searchCommitted(&state)
        case .searchCancelled:
            state.prompt = nil
            return apply("", to: prompt.target, &state)
        default:
            return []
        }
        state.prompt = prompt
        return apply(prompt.text, to: prompt.target, &state)
    }

    /// Applies the search text where it belongs, live.
    static func apply(_ text: String, to target: SearchTarget, _ state: inout DashboardState) -> [DashboardEffect] {
        switch target {
        case .overlay:
            guard !state.overlays.isEmpty else { return [] }
            state.overlays[state.overlays.count - 1].search = text
            return []
        case .pane(let pane):
            return pane.feature.search(text, &state)
        }
    }

    /// `n` / `N`: the next or previous match of the last search, in the overlay or the focused pane.
    static func jump(_ state: inout DashboardState, forward: Bool) -> [DashboardEffect] {
        if let top = state.overlays.indices.last {
            DocumentKeeper.keep(&state)
            let visible = DashboardLayout(state: state).overlayLines
            if !OverlayReducer.jump(&state.overlays[top], forward: forward, visible: visible) {
                state.showFlash(DashboardText.noMatch, isError: true)
            }
            return []
        }
        return state.focus.feature.jump(&state, forward: forward)
    }
}
