import InovasiCore

/// Label and value rows for detail views ("Judul  Sistem antrean daring"); long values wrap
/// under themselves, and the list scrolls by lines.
public struct KeyValueList: Widget {
    /// One row: a label, its value, and optionally a role for the value (a status in its colour).
    public struct Entry: Hashable, Sendable {
        /// What the value is, such as "Judul".
        public var label: String
        /// The value; wraps when long.
        public var value: String
        /// The value's look; nil uses the list's value role.
        public var role: ThemeRole?

        /// A row of `label` and `value`.
        public init(_ label: String, _ value: String, role: ThemeRole? = nil) {
            self.label = label
            self.value = value
            self.role = role
        }
    }

    /// The rows, top to bottom.
    public var entries: [Entry]
    /// Wrapped lines skipped at the top.
    public var scrollOffset: Int
    /// The look of labels; muted by default so values stand out.
    public var labelRole: ThemeRole
    /// The look of values without a role of their own.
    public var valueRole: ThemeRole

    /// A list of `entries`, scrolled by `scrollOffset` lines.
    public init(
        entries: [Entry], scrollOffset: Int = 0, labelRole: ThemeRole = .muted, valueRole: ThemeRole = .base
    ) {
        self.entries = entries
        self.scrollOffset = scrollOffset
        self.labelRole = labelRole
        self.valueRole = valueRole
    }

    /// How many lines the list takes at `width` columns, to bound scrolling.
    public func lineCount(width: Int) -> Int {
        lines(width: width).count
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        guard !area.isEmpty else { return }
        canvas.fill(area, style: theme.style(.base))
        let labelWidth = labelColumnWidth(area.width)
        let valueX = area.x + labelWidth + 2
        let visible = lines(width: area.width).dropFirst(max(0, scrollOffset)).prefix(area.height)
        for (index, line) in visible.enumerated() {
            let y = area.y + index
            if let label = line.label {
                canvas.write(label, x: area.x, y: y, width: labelWidth, style: theme.style(labelRole))
            }
            canvas.write(
                line.value, x: valueX, y: y, width: area.maxX - valueX, style: theme.style(line.role ?? valueRole))
        }
    }

    /// Labels take their longest width, but at most a third of the area.
    func labelColumnWidth(_ width: Int) -> Int {
        let longest = entries.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0
        return max(1, min(longest, width / 3))
    }

    struct Line {
        var label: String?
        var value: String
        var role: ThemeRole?
    }

    func lines(width: Int) -> [Line] {
        let valueWidth = width - labelColumnWidth(width) - 2
        guard valueWidth > 0 else { return [] }
        return entries.flatMap { entry in
            let wrapped = TextLayout.wrap(entry.value, width: valueWidth)
            return wrapped.enumerated().map { index, value in
                Line(label: index == 0 ? entry.label : nil, value: value, role: entry.role)
            }
        }
    }
}
