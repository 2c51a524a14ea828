import InovasiCore

/// Word-wrapped text that can scroll: proposal descriptions, help pages, messages.
///
/// Line breaks in the text start new paragraphs; ``lineCount(width:)`` tells how far it can scroll.
public struct Paragraph: Widget {
    /// The text; line breaks start new paragraphs.
    public var text: String
    /// The look of the text and of the area behind it.
    public var role: ThemeRole
    /// Wrapped lines skipped at the top.
    public var scrollOffset: Int
    /// Where each wrapped line sits.
    public var alignment: TextAlignment

    /// A paragraph of `text`.
    public init(_ text: String, role: ThemeRole = .base, scrollOffset: Int = 0, alignment: TextAlignment = .left) {
        self.text = text
        self.role = role
        self.scrollOffset = scrollOffset
        self.alignment = alignment
    }

    /// How many lines the text takes at `width` columns.
    public func lineCount(width: Int) -> Int {
        TextLayout.wrap(text, width: width).count
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        guard !area.isEmpty else { return }
        let style = theme.style(role)
        canvas.fill(area, style: style)
        let lines = TextLayout.wrap(text, width: area.width).dropFirst(max(0, scrollOffset)).prefix(area.height)
        for (index, line) in lines.enumerated() {
            canvas.write(line, x: area.x, y: area.y + index, width: area.width, alignment: alignment, style: style)
        }
    }
}
