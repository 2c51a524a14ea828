import InovasiCore

/// The `/` prompt: typing filters live, `Enter` keeps the filter, `Esc` restores the old one.
enum PromptReducer {
    /// Handles prompt actions; nil for every other action, which passes on (ticks, loads).
    static func reduce(into state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect]? {
        guard var prompt = state.prompt else { return nil }
        switch action {
        case .searchTyped(let character):
            prompt.text.append(character)
        case .searchErased:
            guard !prompt.text.isEmpty else { return [] }
            prompt.text.removeLast()
        case .searchCommitted:
            state.prompt = nil
            if prompt.target == .pane(.queue) { return QueueReducer.settleCount(state.queue) }
            return state.focus == .calendar && prompt.target == .pane(.calendar)
                ? DashboardReducer.jumpToMatch(&state, forward: true) : []
        case .searchCancelled:
            state.prompt = nil
            return apply("", to: prompt.target, &state)
        default:
            return nil
        }
        state.prompt = prompt
        return apply(prompt.text, to: prompt.target, &state)
    }

    /// Applies the search text where it belongs, live.
    static func apply(_ text: String, to target: SearchTarget, _ state: inout DashboardState) -> [DashboardEffect] {
        let layout = DashboardLayout(state: state)
        switch target {
        case .overlay:
            guard !state.overlays.isEmpty else { return [] }
            state.overlays[state.overlays.count - 1].search = text
            return []
        case .pane(.progress):
            ProgressReducer.filter(&state.progress, text, visible: layout.visibleRows(.progress))
            return []
        case .pane(.queue):
            guard text != state.queue.query.text else { return [] }
            return QueueReducer.filter(&state.queue, text, visible: layout.visibleRows(.queue))
        case .pane(.calendar):
            state.calendarSearch = text
            return []
        }
    }
}
