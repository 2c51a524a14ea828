/// One line of a ``List``: text and optionally its own role.
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: ThemeRole?

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
    public var scrollOffset: Int
    /// Index in the whole list of the selected item; nil for none.
    public var selected: Int?
    public var focused: Bool

    public init(items: [ListItem], scrollOffset: Int = 0, selected: Int? = nil, focused: Bool = true) {
        self.items = items
        self.scrollOffset = scrollOffset
        self.selected = selected
        self.focused = focused
    }

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
