import InovasiCore

/// A detail or the help over the panes: a framed, scrollable document filling the body.
enum OverlayView {
    /// The mark left of the selected item, so the cursor shows without colour too.
    static let cursorMark = "▶"

    static func render(
        _ overlay: Overlay, state: DashboardState, layout: DashboardLayout, into canvas: inout Canvas,
        theme: ResolvedTheme
    ) {
        var overlay = overlay
        DocumentKeeper.fit(&overlay, state: state, visible: layout.overlayLines)
        let lines = overlay.document?.lines ?? []
        let body = Rect(
            x: 0, y: layout.header.maxY, width: layout.header.width, height: layout.status.y - layout.header.maxY)
        let visible = layout.overlayLines
        let shown =
            lines.isEmpty ? "0/0" : "\(overlay.scroll + 1)–\(min(lines.count, overlay.scroll + visible))/\(lines.count)"
        let title = TextLayout.truncate(
            OverlayDocument.title(overlay.kind, language: state.language), toWidth: body.width - 24)
        let popup = Popup(title: title, size: Size(width: body.width, height: body.height), hint: shown)
        popup.render(into: &canvas, area: body, theme: theme)
        let inner = popup.inner(in: body)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let layered = theme.layered(on: .overlayBackground)
        canvas.cursor = Position(x: text.x, y: text.y)
        for (index, line) in lines.dropFirst(overlay.scroll).prefix(text.height).enumerated() {
            let y = text.y + index
            if overlay.scroll + index == overlay.cursor {
                let selected = layered.style(.selection)
                canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: selected)
                canvas.put(cursorMark, x: inner.x, y: y, maxWidth: 1, style: selected)
                canvas.cursor = Position(x: inner.x, y: y)
            }
            draw(
                line, x: text.x, y: y, width: text.width, search: overlay.search, into: &canvas, theme: layered,
                selected: overlay.scroll + index == overlay.cursor)
        }
    }

    /// Draws one line at `y`; the selected one in the selection's look throughout, for contrast.
    static func draw(
        _ line: DocLine, x: Int, y: Int, width: Int, search: String, into canvas: inout Canvas, theme: ResolvedTheme,
        selected: Bool = false
    ) {
        var used = 0
        for span in line.spans where used < width {
            let style = theme.style(selected ? .selection : role(span.tone))
            used += canvas.put(span.text, x: x + used, y: y, maxWidth: width - used, style: style)
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
        case .institution(let institution): SessionMarks.role(institution)
        }
    }
}
