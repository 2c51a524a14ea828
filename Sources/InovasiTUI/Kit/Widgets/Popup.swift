/// A centred framed box over the screen that clears what is beneath it: help, confirmations,
/// detail views, error messages.
///
/// ``render(into:area:theme:)`` centres the box in `area` (usually the whole screen). Draw the
/// content into ``inner(in:)`` with ``ResolvedTheme/layered(on:)`` `(.overlayBackground)`, so it
/// shares the popup's background.
public struct Popup: Widget {
    /// Drawn on the top border, like a pane title.
    public var title: String?
    /// The wanted outer size; the box shrinks to fit a smaller screen.
    public var size: Size
    /// Shown in the bottom border at the right, such as "Enter OK · Esc batal".
    public var hint: String?

    /// A popup of the wanted outer `size`.
    public init(title: String? = nil, size: Size, hint: String? = nil) {
        self.title = title
        self.size = size
        self.hint = hint
    }

    /// The box's rectangle, centred in `area`.
    public func frame(in area: Rect) -> Rect {
        Layout.centered(size, in: area)
    }

    /// The content area inside the box's border.
    public func inner(in area: Rect) -> Rect {
        frame(in: area).inset(by: 1)
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let look = Frame.Look(
            border: theme.style(.overlayBorder), title: theme.style(.overlayBorder),
            fill: theme.style(.overlayBackground))
        Frame(borders: .double, title: title, rightTitle: nil, bottomTitle: hint)
            .draw(into: &canvas, area: frame(in: area), look: look)
    }
}
