/// The one shape of every feature's reducer: it changes the state for an action and returns the
/// effects to run. The root (``DashboardReducer``) hands each action to exactly one feature; a
/// feature never calls back into the root, and may use a sibling's helpers on that sibling's part
/// of the state.
protocol FeatureReducer {
    /// Applies `action` to `state` and returns the work the runtime must do.
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect]
}
