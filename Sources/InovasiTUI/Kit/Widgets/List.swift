/// One line of a ``List``: text and optionally its own role.
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The item as shown; cut with "…" when too long.
    public var text: String
    /// The item's look; nil is ordinary text.
    public var role: ThemeRole?

    /// An item showing `text`.
    public init(_ text: String, role: ThemeRole? = nil) {
        self.text = text
        self.role = role
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// A virtual one-column list with a selection: menus, the theme chooser, search hits.
///
/// Like ``Table``, it receives only the visible items, the index of the first one in the whole
/// list and the selected index in the whole list; the terminal cursor rests on the selection.
public struct List: Widget {
    /// The visible items only, starting at item ``scrollOffset`` of the whole list.
    public var items: [ListItem]
    /// Index in the whole list of `items[0]`.
    public var scrollOffset: Int
    /// Index in the whole list of the selected item; nil for none.
    public var selected: Int?
    /// Whether the list has focus: the selection is then drawn strongly.
    public var focused: Bool

    /// A list window of `items`, the first being item `scrollOffset` of the whole list.
    public init(items: [ListItem], scrollOffset: Int = 0, selected: Int? = nil, focused: Bool = true) {
        self.items = items
        self.scrollOffset = scrollOffset
        self.selected = selected
        self.focused = focused
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area, style: theme.style(.base))
        for (index, item) in items.prefix(area.height).enumerated() {
            let y = area.y + index
            let isSelected = scrollOffset + index == selected
            let role = isSelected ? (focused ? .selection : .selectionUnfocused) : item.role ?? .base
            let style = theme.style(role)
            canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
            canvas.write(item.text, x: area.x + 1, y: y, width: area.width - 2, style: style)
            if isSelected { canvas.cursor = Position(x: area.x, y: y) }
        }
    }
}
