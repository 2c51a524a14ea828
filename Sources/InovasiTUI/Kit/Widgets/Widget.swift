/// Something that draws itself into part of a canvas: the building block of every screen.
///
/// Widgets are small values built fresh for each frame from the state; `render` is pure
/// apart from writing into `canvas`, and never draws outside `area`.
public protocol Widget {
    /// Draws the widget into `area` of `canvas`, in the looks of `theme`.
    func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme)
}
