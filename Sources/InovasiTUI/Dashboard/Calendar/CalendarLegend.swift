import InovasiCore

/// The calendar's legend on the pane's last rows, where the list leaves room: the status marks,
/// and the institution tags each in its own role (beside them when the width allows, else on a row
/// of their own, else left out).
enum CalendarLegend {
    /// Draws the legend at the bottom of `area` when at least two of its rows are free (one stays
    /// blank above the legend).
    static func render(_ language: Language, area: Rect, freeRows: Int, into canvas: inout Canvas, theme: ResolvedTheme)
    {
        guard freeRows >= 2, area.height >= 2 else { return }
        let marks = CalendarText.legend.text(language)
        let tags = tagSpans(language)
        let tagsWidth = tags.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let y = area.maxY - 1
        if DisplayWidth.of(marks) + 2 + tagsWidth <= area.width {
            let spans = [(text: marks + "  ", role: ThemeRole.muted)] + tags
            SessionListView.drawSpans(spans, x: area.x, y: y, width: area.width, into: &canvas, theme: theme)
            return
        }
        canvas.write(marks, x: area.x, y: y, width: area.width, style: theme.style(.muted))
        guard freeRows >= 3, tagsWidth <= area.width else { return }
        SessionListView.drawSpans(tags, x: area.x, y: y - 1, width: area.width, into: &canvas, theme: theme)
    }

    /// "LAN PAN BRIN DAGRI lain", each tag in its institution's role.
    static func tagSpans(_ language: Language) -> [(text: String, role: ThemeRole)] {
        let spans = Institution.allCases.map { (text: $0.tag.text(language), role: SessionMarks.role($0)) }
        return spans.enumerated().map { offset, span in
            (text: span.text + (offset == spans.count - 1 ? "" : " "), role: span.role)
        }
    }
}
