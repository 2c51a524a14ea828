import InovasiTUI

/// Draws box-drawing glyphs without bold, so a row's attributes change less often.
///
/// xterm-like terminals have no "bold off" sequence: ncurses leaves bold with a full reset
/// (`sgr0`) and then sends both colours again, about 30 bytes each time. A focused pane's border
/// was bold while the text inside it was not, so every row of that pane left and entered bold
/// twice. The border's focus still shows in its colour and its double lines; a line glyph is
/// drawn the same with or without bold by most terminals.
enum PlainLines {
    /// `canvas` with bold taken off every box-drawing glyph (U+2500–U+257F).
    static func applied(to canvas: Canvas) -> Canvas {
        var result = canvas
        let width = canvas.size.width
        for index in canvas.cells.indices {
            let cell = canvas.cells[index]
            guard cell.style.attributes.contains(.bold), isLine(cell.grapheme) else { continue }
            var style = cell.style
            style.attributes.remove(.bold)
            result.set(Cell(grapheme: cell.grapheme, style: style), x: index % width, y: index / width)
        }
        return result
    }

    /// Whether `grapheme` is a single box-drawing character.
    static func isLine(_ grapheme: Character) -> Bool {
        let scalars = grapheme.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return (0x2500...0x257F).contains(scalar.value)
    }
}
