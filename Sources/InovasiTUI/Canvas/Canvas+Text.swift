import InovasiCore

extension Canvas {
    /// Draws `text` into exactly `width` columns at (`x`, `y`): truncated with "…" when too long,
    /// padded with spaces in `style` otherwise. Widgets use it for every cell of a row.
    public mutating func write(
        _ text: String, x: Int, y: Int, width: Int, alignment: TextAlignment = .left, style: Style
    ) {
        guard width > 0 else { return }
        let fitted = TextLayout.pad(text, toWidth: width, alignment: alignment)
        put(fitted, x: x, y: y, maxWidth: width, style: style)
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
