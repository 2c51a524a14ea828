import InovasiCore

/// A small horizontal bar for a count out of a total (innovations per OPD, score on the rubric),
/// with an optional label to its right such as "7/10".
///
/// Counts stay integers: the bar is measured in eighths of a cell. The bar is drawn with glyphs,
/// not colour alone, so it reads without colour; ``Glyphs/ascii`` is the fallback for terminals
/// without block characters. On the Linux console (``GlyphRange/console``, from the theme) the
/// eighths are missing from the font, so the bar ends in whole cells and at most a `▌` half.
public struct Gauge: Widget {
    /// The characters of the bar.
    public enum Glyphs: Hashable, Sendable {
        /// Full and partial blocks (█ ▏…▉, or █ ▌ on the console) on a light shade (░).
        case blocks
        /// `#` on `-`, whole cells only.
        case ascii
    }

    /// The count shown filled; clamped to 0…total.
    public var value: Int
    /// The count of a full bar; the bar is empty when it is not positive.
    public var total: Int
    /// Text right of the bar, such as "7/10", formatted by the caller.
    public var label: String?
    /// Block characters, or ASCII for terminals without them.
    public var glyphs: Glyphs

    /// A gauge of `value` out of `total`.
    public init(value: Int, total: Int, label: String? = nil, glyphs: Glyphs = .blocks) {
        self.value = value
        self.total = total
        self.label = label
        self.glyphs = glyphs
    }

    /// Filled eighths of a cell for `value` of `total` on a bar `width` cells wide, rounded down and
    /// clamped to the bar; 0 when `total` is not positive.
    public static func filledEighths(value: Int, total: Int, width: Int) -> Int {
        guard total > 0, width > 0 else { return 0 }
        let clamped = min(max(0, value), total)
        return clamped * width * 8 / total
    }

    static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The eighths of the last cell drawn, of `eighths` filled: all of them where the font has the
    /// eighth blocks, else a half (`▌`) from four eighths up and nothing below (rounded down, as
    /// the whole bar is).
    public static func partialEighths(_ eighths: Int, _ range: GlyphRange) -> Int {
        switch range {
        case .unicode: eighths
        case .console: eighths >= 4 ? 4 : 0
        }
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        guard !area.isEmpty else { return }
        let line = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        canvas.fill(line, style: theme.style(.base))
        let labelText = label.map(Sanitizer.clean) ?? ""
        let labelWidth = DisplayWidth.of(labelText)
        let barWidth = labelWidth > 0 ? area.width - labelWidth - 1 : area.width
        guard barWidth >= 3 else {
            canvas.write(
                labelText, x: area.x, y: area.y, width: area.width, alignment: .right, style: theme.style(.base))
            return
        }
        drawBar(into: &canvas, x: area.x, y: area.y, width: barWidth, theme: theme)
        if labelWidth > 0 {
            canvas.put(labelText, x: area.x + barWidth + 1, y: area.y, style: theme.style(.base))
        }
    }

    private func drawBar(into canvas: inout Canvas, x: Int, y: Int, width: Int, theme: ResolvedTheme) {
        let eighths = Self.filledEighths(value: value, total: total, width: width)
        let full = eighths / 8
        let partial = glyphs == .blocks ? Self.partialEighths(eighths % 8, theme.glyphs) : 0
        let filled: Character = glyphs == .blocks ? "█" : "#"
        let empty: Character = glyphs == .blocks ? "░" : "-"
        canvas.horizontalLine(x: x, y: y, width: full, grapheme: filled, style: theme.style(.bar))
        var emptyStart = x + full
        if partial > 0 {
            canvas.set(Cell(grapheme: Self.partialBlocks[partial - 1], style: theme.style(.bar)), x: emptyStart, y: y)
            emptyStart += 1
        }
        canvas.horizontalLine(
            x: emptyStart, y: y, width: x + width - emptyStart, grapheme: empty, style: theme.style(.barEmpty))
    }
}
