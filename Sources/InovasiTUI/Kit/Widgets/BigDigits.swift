/// Figures in large type for a screen read from across the room: digits and `/ . : -` drawn five
/// cells high with the full block `█`, which every terminal font draws, the Linux console's too.
///
/// `scale` multiplies each dot: 1 gives digits 3×5 cells, 2 gives 6×10.
public struct BigDigits: Widget {
    /// The text drawn; characters without a glyph are skipped.
    public var text: String
    /// Cells per dot, across and down.
    public var scale: Int
    /// The role the blocks are drawn in.
    public var role: ThemeRole

    /// Rows of one glyph at scale 1.
    public static let height = 5

    /// A figure of `text` at `scale` in `role`.
    public init(_ text: String, scale: Int = 1, role: ThemeRole = .base) {
        self.text = text
        self.scale = max(1, scale)
        self.role = role
    }

    /// Cells the figure takes across: glyphs and one dot of space between them.
    public var width: Int {
        let glyphs = text.compactMap { Self.glyph($0) }
        guard !glyphs.isEmpty else { return 0 }
        return (glyphs.reduce(0) { $0 + $1[0].count } + glyphs.count - 1) * scale
    }

    /// Rows the figure takes down.
    public var rows: Int { Self.height * scale }

    /// Draws the figure from the area's top left, clipped to the area.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        let style = theme.style(role)
        var left = area.x
        for glyph in text.compactMap({ Self.glyph($0) }) {
            for (row, line) in glyph.enumerated() {
                for (column, dot) in line.enumerated() where dot == "#" {
                    let block = Rect(
                        x: left + column * scale, y: area.y + row * scale, width: scale, height: scale)
                    canvas.fill(block.clipped(to: area), grapheme: "█", style: style)
                }
            }
            left += (glyph[0].count + 1) * scale
        }
    }

    /// The dots of `character`, five rows of `#` and `.`; nil when it has no glyph.
    static func glyph(_ character: Character) -> [String]? {
        switch character {
        case "0": ["###", "#.#", "#.#", "#.#", "###"]
        case "1": [".#.", "##.", ".#.", ".#.", "###"]
        case "2": ["###", "..#", "###", "#..", "###"]
        case "3": ["###", "..#", "###", "..#", "###"]
        case "4": ["#.#", "#.#", "###", "..#", "..#"]
        case "5": ["###", "#..", "###", "..#", "###"]
        case "6": ["###", "#..", "###", "#.#", "###"]
        case "7": ["###", "..#", "..#", "..#", "..#"]
        case "8": ["###", "#.#", "###", "#.#", "###"]
        case "9": ["###", "#.#", "###", "..#", "###"]
        case "/": ["..#", "..#", ".#.", "#..", "#.."]
        case "-": ["...", "...", "###", "...", "..."]
        case ".": [".", ".", ".", ".", "#"]
        case ":": [".", "#", ".", "#", "."]
        case " ": ["..", "..", "..", "..", ".."]
        default: nil
        }
    }
}
