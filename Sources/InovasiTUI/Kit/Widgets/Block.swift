import InovasiCore

/// A framed pane: border, title on the left, an optional title on the right (a counter such as
/// "12/340"), and a distinct look when focused.
///
/// Draw the block first, then the content into ``inner(_:)``. Focus shows three ways at once:
/// the focused border role's colour, its bold, and double lines (``focusedBorders``), so it is
/// visible on any terminal.
public struct Block: Widget {
    /// The pane's name, drawn on the top border at the left.
    public var title: String?
    /// A short counter or state at the top right, such as "12/340"; dropped first when narrow.
    public var rightTitle: String?
    /// Whether the pane has the keyboard focus.
    public var focused: Bool
    /// A short summary on the bottom border at the right, such as a pane's totals; nil for none.
    public var bottomTitle: String?
    /// The frame of an unfocused pane.
    public var borders: BorderSet
    /// The frame of the focused pane; double lines by default.
    public var focusedBorders: BorderSet

    /// A block; by default unfocused, thin lines, and double lines when focused.
    public init(
        title: String? = nil, rightTitle: String? = nil, focused: Bool = false,
        borders: BorderSet = .plain, focusedBorders: BorderSet = .double, bottomTitle: String? = nil
    ) {
        self.title = title
        self.bottomTitle = bottomTitle
        self.rightTitle = rightTitle
        self.focused = focused
        self.borders = borders
        self.focusedBorders = focusedBorders
    }

    /// The area inside the border, where the content goes.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let look = Frame.Look(
            border: theme.style(focused ? .paneBorderFocused : .paneBorder),
            title: theme.style(focused ? .paneTitleFocused : .paneTitle),
            fill: theme.style(.base))
        Frame(
            borders: focused ? focusedBorders : borders, title: title, rightTitle: rightTitle,
            bottomTitle: bottomTitle.map(Sanitizer.clean)
        )
        .draw(into: &canvas, area: area, look: look)
    }
}
