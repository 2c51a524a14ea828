import InovasiCore

/// One line of tabs, for narrow terminals where panes are shown one at a time.
///
/// Tabs read " 1 Title " so the number keys that switch panes are on screen; the active one
/// uses the `tabActive` role (reverse and bold without colour). When the line is too short,
/// every title is cut evenly with "…".
public struct TabBar: Widget {
    /// The tabs' titles, in key order (tab 1 first).
    public var titles: [String]
    /// Index of the active tab.
    public var selected: Int
    /// Whether to show each tab's number key.
    public var numbered: Bool

    /// A tab bar with `selected` active.
    public init(titles: [String], selected: Int, numbered: Bool = true) {
        self.titles = titles
        self.selected = selected
        self.numbered = numbered
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        guard !area.isEmpty, !titles.isEmpty else { return }
        let line = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        canvas.fill(line, style: theme.style(.base))
        let labels = titles.enumerated().map { index, title in
            " " + (numbered ? "\(index + 1) " : "") + Sanitizer.clean(title) + " "
        }
        let widths = fittedWidths(labels.map { DisplayWidth.of($0) }, room: area.width - (labels.count - 1))
        var x = area.x
        for (index, label) in labels.enumerated() where widths[index] > 0 {
            let style = theme.style(index == selected ? .tabActive : .tabInactive)
            let text =
                DisplayWidth.of(label) <= widths[index]
                ? label : TextLayout.truncate(label, toWidth: widths[index] - 1) + " "
            canvas.write(text, x: x, y: area.y, width: widths[index], style: style)
            x += widths[index] + 1
        }
    }

    /// Each label's natural width when all fit; otherwise the widths under the largest common cap
    /// that fits `room`, the cells left over going to the cut labels from the first.
    func fittedWidths(_ natural: [Int], room: Int) -> [Int] {
        guard room > 0 else { return natural.map { _ in 0 } }
        guard natural.reduce(0, +) > room else { return natural }
        var cap = 0
        while natural.reduce(0, { $0 + min($1, cap + 1) }) <= room { cap += 1 }
        var widths = natural.map { min($0, cap) }
        var leftover = room - widths.reduce(0, +)
        for index in widths.indices where leftover > 0 && natural[index] > widths[index] {
            widths[index] += 1
            leftover -= 1
        }
        return widths
    }
}
