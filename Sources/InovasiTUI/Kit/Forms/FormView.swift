import InovasiCore

/// Draws a form as a centred popup: the fields, the feature's lines, the save button, the question
/// asked, and the key hints in the bottom border. The focused line is kept in view.
public struct FormView {
    /// The form to draw.
    public var form: FormModel
    /// Drawn on the top border.
    public var title: String
    /// Lines above the fields (what the form acts on).
    public var header: [FormLine] = []
    /// Lines between the fields and the save button (a live total, a verdict).
    public var footer: [FormLine] = []
    /// The key hints, already read from the key map.
    public var hint: String
    /// The language of the kit's own words.
    public var language: Language
    /// The widest the popup may be.
    public var maxWidth = 88

    /// A view of `form` titled `title`, with `hint` in the bottom border.
    public init(form: FormModel, title: String, hint: String, language: Language) {
        self.form = form
        self.title = title
        self.hint = hint
        self.language = language
    }

    /// Draws the popup centred in `area`; the terminal cursor goes to the focused line.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let width = min(area.width - 4, maxWidth)
        let built = FormLines(form: form, language: language, width: width - 4).lines(header: header, footer: footer)
        let height = min(area.height - 2, built.lines.count + 4)
        let popup = Popup(title: title, size: Size(width: width, height: height), hint: hint)
        popup.render(into: &canvas, area: area, theme: theme)
        let inner = popup.inner(in: area)
        let first = max(0, min(built.focus - inner.height / 2, built.lines.count - inner.height))
        let layered = theme.layered(on: .overlayBackground)
        canvas.cursor = nil
        for (row, line) in built.lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            let style = layered.style(line.isSelected ? .selection : line.role)
            if line.isSelected { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            canvas.put(line.text, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: style)
            if line.isSelected, canvas.cursor == nil { canvas.cursor = Position(x: inner.x + 1, y: y) }
        }
    }
}
