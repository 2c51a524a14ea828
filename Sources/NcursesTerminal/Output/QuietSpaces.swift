import InovasiTUI

/// Gives each space the style of a neighbour when nothing about the space could show the
/// difference, so the terminal is sent fewer colour changes.
///
/// A space shows only its background, unless it is underlined or reversed. In a table row every
/// column has its own colour and the spaces between them the base colour, so ncurses switched
/// colours twice per column: a cursor move in the OPD table at 100 000 proposals wrote 521 bytes,
/// most of them colour sequences. Spaces that keep the pen of the text before them cost nothing.
///
/// Spaces at the start of a row or right after a box-drawing glyph (a pane's left border) take
/// the pen of the text after them instead: a row that changes starts after the unchanged border,
/// so borrowing the border's pen cost one more colour change (about 22 bytes) on every cursor move.
enum QuietSpaces {
    /// `canvas` with every such space restyled; looks exactly the same on any terminal.
    static func applied(to canvas: Canvas) -> Canvas {
        var result = canvas
        for y in 0..<canvas.size.height { quietRow(y, of: canvas, into: &result) }
        return result
    }

    private static func quietRow(_ y: Int, of canvas: Canvas, into result: inout Canvas) {
        let width = canvas.size.width
        var pen: Style?
        var leading: Int? = 0
        for x in 0..<width {
            let cell = canvas.cells[y * width + x]
            if let start = leading {
                if isQuietSpace(cell) { continue }
                lend(cell.style, to: start..<x, y: y, of: canvas, orElse: pen, into: &result)
                leading = nil
            }
            if let current = pen, canTakeStyle(cell, from: current) {
                if cell.style != current { result.set(Cell(grapheme: cell.grapheme, style: current), x: x, y: y) }
            } else {
                pen = cell.style
                if PlainLines.isLine(cell.grapheme) { leading = x + 1 }
            }
        }
        if let start = leading, let pen {
            lend(pen, to: start..<width, y: y, of: canvas, orElse: nil, into: &result)
        }
    }

    /// Gives the spaces in `columns` of row `y` the style `next` (else `fallback`) where they can take it.
    private static func lend(
        _ next: Style, to columns: Range<Int>, y: Int, of canvas: Canvas, orElse fallback: Style?,
        into result: inout Canvas
    ) {
        for x in columns {
            let cell = canvas[x, y]
            guard let style = [next, fallback].compactMap({ $0 }).first(where: { canTakeStyle(cell, from: $0) }),
                style != cell.style
            else { continue }
            result.set(Cell(grapheme: cell.grapheme, style: style), x: x, y: y)
        }
    }

    /// A space that shows only its background.
    static func isQuietSpace(_ cell: Cell) -> Bool {
        cell.grapheme == " " && !cell.isContinuation && cell.style.attributes.isDisjoint(with: visibleOnSpace)
    }

    /// Attributes that make a space's foreground visible.
    static let visibleOnSpace: TextAttributes = [.underline, .reverse]

    /// Whether `cell` is a plain space that would look the same in `pen`: same background, and
    /// neither it nor the pen underlined or reversed.
    static func canTakeStyle(_ cell: Cell, from pen: Style) -> Bool {
        isQuietSpace(cell) && cell.style.background == pen.background && pen.attributes.isDisjoint(with: visibleOnSpace)
    }
}
