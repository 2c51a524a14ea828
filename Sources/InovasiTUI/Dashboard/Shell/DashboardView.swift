import InovasiCore

/// Renders the whole frame from the state: header, panes or tabs, overlay, status line.
public enum DashboardView {
    /// The frame for `state` in `theme`; pure, so tests compare it as text.
    public static func render(_ state: DashboardState, theme: ResolvedTheme) -> Canvas {
        var canvas = Canvas(size: state.size, fill: theme.style(.base))
        guard state.layoutMode != .tooSmall else {
            TooSmallView.render(state, into: &canvas, theme: theme)
            return canvas
        }
        if state.context.isKiosk {
            KioskView.render(state, into: &canvas, theme: theme)
            return canvas
        }
        let layout = DashboardLayout(state: state)
        HeaderView.render(state, area: layout.header, into: &canvas, theme: theme)
        if let tabBar = layout.tabBar {
            let titles = PaneID.allCases.map { $0.title.text(state.language) }
            TabBar(titles: titles, selected: state.focus.index).render(into: &canvas, area: tabBar, theme: theme)
        }
        var cursor: Position?
        for pane in PaneID.allCases {
            guard let area = layout.panes[pane] else { continue }
            canvas.cursor = nil
            renderPane(pane, state: state, area: area, into: &canvas, theme: theme)
            if pane == state.focus { cursor = canvas.cursor }
        }
        canvas.cursor = cursor
        if let overlay = state.topOverlay {
            OverlayView.render(overlay, state: state, layout: layout, into: &canvas, theme: theme)
        }
        StatusView.render(state, area: layout.status, into: &canvas, theme: theme)
        if let form = state.form {
            let cursor = canvas.cursor
            ReviewFormView.render(form, state: state, into: &canvas, theme: theme)
            if canvas.cursor == nil { canvas.cursor = cursor }
        }
        return canvas
    }

    static func renderPane(
        _ pane: PaneID, state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme
    ) {
        pane.feature.render(state, area: area, into: &canvas, theme: theme)
    }

    /// "1 Progres OPD": the pane's number (its key) and title.
    static func paneTitle(_ pane: PaneID, _ language: Language) -> String {
        "\(pane.rawValue) \(pane.title.text(language))"
    }
}
