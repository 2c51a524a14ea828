/// How the kiosk's picture meets the screen: laid out one cell smaller (``KioskShift``) and placed
/// at the current burn-in offset. The interactive dashboard is drawn as it is.
enum KioskFrame {
    /// The size the state lays its picture out in on a `screen`.
    static func layoutSize(screen: Size, _ state: DashboardState) -> Size {
        state.context.isKiosk ? KioskShift.canvasSize(screen: screen, rules: state.context.kioskRules) : screen
    }

    /// The frame for a `screen`: the dashboard's picture, on the kiosk at its burn-in offset.
    static func render(_ state: DashboardState, screen: Size, theme: ResolvedTheme) -> Canvas {
        let picture = DashboardView.render(state, theme: theme)
        guard state.context.isKiosk else { return picture }
        return KioskShift.placed(picture, on: screen, step: state.kioskUpkeep.shift, fill: theme.style(.base))
    }
}
