import InovasiCore

extension Canvas {
    /// Draws `text` into exactly `width` columns at (`x`, `y`): truncated with "…" when too long,
    /// padded with spaces in `style` otherwise. Widgets use it for every cell of a row.
    public mutating func write(
        _ text: String, x: Int, y: Int, width: Int, alignment: TextAlignment = .left, style: Style
    ) {
        guard width > 0 else { return }
        let fitted = TextLayout.truncate(text, toWidth: width)
        let gap = width - DisplayWidth.of(fitted)
        let left: Int
        switch alignment {
        case .left: left = 0
        case .center: left = gap / 2
        case .right: left = gap
        }
        if left > 0 { fill(Rect(x: x, y: y, width: left, height: 1), style: style) }
        let used = put(fitted, x: x + left, y: y, maxWidth: width - left, style: style)
        let right = width - left - used
        if right > 0 { fill(Rect(x: x + left + used, y: y, width: right, height: 1), style: style) }
    }

    /// Draws one horizontal run of `grapheme` (one column wide), for borders and bars.
    public mutating func horizontalLine(x: Int, y: Int, width: Int, grapheme: Character, style: Style) {
        fill(Rect(x: x, y: y, width: width, height: 1), grapheme: grapheme, style: style)
    }

    /// Draws one vertical run of `grapheme` (one column wide), for borders.
    public mutating func verticalLine(x: Int, y: Int, height: Int, grapheme: Character, style: Style) {
        fill(Rect(x: x, y: y, width: 1, height: height), grapheme: grapheme, style: style)
    }
}
