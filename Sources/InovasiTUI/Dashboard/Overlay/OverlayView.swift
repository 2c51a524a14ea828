import InovasiCore

/// A detail or the help over the panes: a framed, scrollable document filling the body.
enum OverlayView {
    static func render(
        _ overlay: Overlay, state: DashboardState, layout: DashboardLayout, into canvas: inout Canvas,
        theme: ResolvedTheme
    ) {
        let language = state.language
        let lines = OverlayDocument.build(overlay.kind, state: state, width: layout.header.width)
        let body = Rect(
            x: 0, y: layout.header.maxY, width: layout.header.width, height: layout.status.y - layout.header.maxY)
        let visible = layout.overlayLines
        let shown =
            lines.isEmpty ? "0/0" : "\(overlay.scroll + 1)–\(min(lines.count, overlay.scroll + visible))/\(lines.count)"
        let title = TextLayout.truncate(
            OverlayDocument.title(overlay.kind, language: language), toWidth: body.width - 24)
        let popup = Popup(title: title, size: Size(width: body.width, height: body.height), hint: shown)
        popup.render(into: &canvas, area: body, theme: theme)
        let inner = popup.inner(in: body)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let layered = theme.layered(on: .overlayBackground)
        for (index, line) in lines.dropFirst(overlay.scroll).prefix(text.height).enumerated() {
            draw(
                line, x: text.x, y: text.y + index, width: text.width, search: overlay.search, into: &canvas,
                theme: layered)
        }
        canvas.cursor = Position(x: text.x, y: text.y)
    }

    static func draw(
        _ line: DocLine, x: Int, y: Int, width: Int, search: String, into canvas: inout Canvas, theme: ResolvedTheme
    ) {
        var used = 0
        for span in line.spans where used < width {
            used += canvas.put(
                span.text, x: x + used, y: y, maxWidth: width - used, style: theme.style(role(span.tone)))
        }
        if !search.isEmpty, line.plainText.range(of: search, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        {
            canvas.put("◀", x: x + width, y: y, maxWidth: 1, style: theme.style(.searchMatch))
        }
    }

    /// The theme role of a document tone.
    static func role(_ tone: Tone) -> ThemeRole {
        switch tone {
        case .normal: .base
        case .heading: .paneTitleFocused
        case .label: .muted
        case .muted: .muted
        case .warning: .warning
        case .ok: .ok
        case .error: .error
        case .status(let status): QueuePaneView.statusRole(status)
        case .stage(let stage): ProgressPaneView.stageRole(stage)
        }
    }
}
