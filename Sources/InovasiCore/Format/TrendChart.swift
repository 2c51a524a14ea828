/// The small charts of a trend, as text: a strip of one cell per month and a horizontal bar.
///
/// Drawn only with glyphs the Linux console's fonts carry (`·`, `░`, `▒`, `█`): the eighth blocks
/// `▁▂▃▅▆▇` of the usual sparkline are in none of the console-setup fonts, so on `TERM=linux` they
/// would come out as blobs (DECISIONS.md). The numbers stand beside every chart, so a level is a
/// hint, never the figure; the glyphs differ in density, so they read without colour.
public enum TrendChart {
    /// The strip's glyphs: nothing, then low, middle and high.
    public static let levels: [Character] = ["·", "░", "▒", "█"]
    /// The glyph of a bar's cells.
    public static let barCell: Character = "█"

    /// The level of `value` on a scale whose top is `largest`: 0 for nothing (or a negative), else
    /// 1…3 by its share of `largest`, rounded, at least 1 so a small count is never shown as none.
    public static func level(_ value: Int, largest: Int) -> Int {
        guard value > 0, largest > 0 else { return 0 }
        let top = levels.count - 1
        let scaled = (Double(min(value, largest)) * Double(top) / Double(largest)).rounded()
        return min(top, max(1, Int(scaled)))
    }

    /// One cell per value, scaled to the largest of them: all zeros give a row of `·`, all equal
    /// (and not zero) a row of `█`.
    public static func strip(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        return String(values.map { levels[level($0, largest: largest)] })
    }

    /// A bar of `█` for `value` on a scale where `largest` fills `width` cells: rounded, at least
    /// one cell for a positive value, empty for zero.
    public static func bar(_ value: Int, largest: Int, width: Int) -> String {
        guard value > 0, largest > 0, width > 0 else { return "" }
        let cells = (Double(min(value, largest)) * Double(width) / Double(largest)).rounded()
        return String(repeating: barCell, count: min(width, max(1, Int(cells))))
    }
}
