import InovasiCore

/// A framed pane: border, title on the left, an optional title on the right (a counter such as
/// "12/340"), and a distinct look when focused.
///
/// Draw the block first, then the content into ``inner(_:)``. Focus shows three ways at once:
/// the focused border role's colour, its bold, and double lines (``focusedBorders``), so it is
/// visible on any terminal.
public struct Block: Widget {
    public var title: String?
    public var rightTitle: String?
    public var focused: Bool
    public var borders: BorderSet
    public var focusedBorders: BorderSet

    public init(
        title: String? = nil, rightTitle: String? = nil, focused: Bool = false,
        borders: BorderSet = .plain, focusedBorders: BorderSet = .double
    ) {
        self.title = title
        self.rightTitle = rightTitle
        self.focused = focused
        self.borders = borders
        self.focusedBorders = focusedBorders
    }

    /// The area inside the border, where the content goes.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let look = Frame.Look(
            border: theme.style(focused ? .paneBorderFocused : .paneBorder),
            title: theme.style(focused ? .paneTitleFocused : .paneTitle),
            fill: theme.style(.base))
        Frame(borders: focused ? focusedBorders : borders, title: title, rightTitle: rightTitle)
            .draw(into: &canvas, area: area, look: look)
    }
}
