/// Keeps the top overlay's document built for the state it is shown in.
///
/// The root reducer calls ``keep(_:)`` after every action; it builds the lines again only when
/// their ``OverlayDocument/Inputs`` changed (a reload, a resize, `L`, a new day of a proposal's
/// age, the help's context or key map), so a key press costs a comparison, not a build.
enum DocumentKeeper {
    /// Brings the top overlay's document, scroll and cursor up to date with `state`.
    static func keep(_ state: inout DashboardState) {
        guard let top = state.overlays.indices.last else { return }
        var overlay = state.overlays[top]
        fit(&overlay, state: state, visible: DashboardLayout(state: state).overlayLines)
        state.overlays[top] = overlay
    }

    /// Rebuilds `overlay`'s document when it was built for other inputs than `state`'s, and keeps
    /// its scroll in range and its cursor by the rule. The view calls it on a copy, so a state
    /// changed without the reducer still draws right.
    static func fit(_ overlay: inout Overlay, state: DashboardState, visible: Int) {
        let inputs = OverlayDocument.Inputs(overlay, state: state)
        if overlay.document?.inputs == inputs {
            overlay.clampScroll(visible)
            overlay.settle(visible)
        } else {
            overlay.adopt(OverlayDocument(overlay.kind, state: state, inputs: inputs), visible: visible)
        }
    }
}
