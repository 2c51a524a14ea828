import InovasiCore

/// "Terminal too small": shown below 80×24, gone as soon as the terminal grows.
enum TooSmallView {
    static func render(_ state: DashboardState, into canvas: inout Canvas, theme: ResolvedTheme) {
        let width = state.size.width
        let lines =
            [DashboardText.tooSmallTitle.text(state.language)]
            + TextLayout.wrap(DashboardText.tooSmall(state.size).text(state.language), width: max(1, width - 2))
        let top = max(0, (state.size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let role: ThemeRole = index == 0 ? .warning : .base
            canvas.write(line, x: 0, y: top + index, width: width, alignment: .center, style: theme.style(role))
        }
    }
}
