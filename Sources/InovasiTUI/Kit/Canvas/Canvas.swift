import InovasiCore

/// The whole frame as a grid of cells: what `render` draws and what a backend shows.
///
/// Every string drawn goes through ``Sanitizer`` and ``DisplayWidth``, so data can never
/// break the screen.
public struct Canvas: Hashable, Sendable {
    /// The canvas size, equal to the terminal's at render time.
    public let size: Size
    /// Cells row by row from the top left; what a backend copies out.
    public private(set) var cells: [Cell]
    /// Where the real terminal cursor should rest (the selected row), for screen readers.
    public var cursor: Position?
    /// The style of the blank canvas (the theme's base), so a backend can clear with it instead
    /// of writing every blank cell.
    public let background: Style

    /// A blank canvas of `size`, every cell a space in `fill`.
    public init(size: Size, fill: Style = .plain) {
        self.size = size
        self.background = fill
        self.cells = Array(repeating: Cell(grapheme: " ", style: fill), count: size.width * size.height)
    }

    /// The whole canvas as a rectangle, for layout.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`; a blank cell outside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Sets one cell, ignoring positions outside the canvas.
    ///
    /// Overwriting either half of a wide grapheme blanks its other half, so no half-drawn
    /// grapheme is left for the terminal to spill over its neighbour.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, x > 0 {
            cells[index - 1] = Cell(grapheme: " ", style: cells[index - 1].style)
        }
        if !old.isContinuation, x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(grapheme: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Fills `rect` with `grapheme` (one column wide) in `style`.
    ///
    /// A wide grapheme cut by the rectangle's left or right edge is blanked.
    public mutating func fill(_ rect: Rect, grapheme: Character = " ", style: Style) {
        let area = rect.clipped(to: bounds)
        guard !area.isEmpty else { return }
        let cell = Cell(grapheme: grapheme, style: style)
        for row in area.y..<area.maxY {
            set(cell, x: area.x, y: row)
            if area.maxX - 1 > area.x { set(cell, x: area.maxX - 1, y: row) }
            let start = row * size.width
            for column in (area.x + 1)..<max(area.x + 1, area.maxX - 1) {
                cells[start + column] = cell
            }
        }
    }

    /// Draws `text` on one line from (`x`, `y`), at most `maxWidth` columns; returns columns used.
    ///
    /// Text is sanitised; a wide grapheme that would not fit whole is left out.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - x)
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return putPrintableASCII(text, x: x, y: y, limit: limit, style: style)
        }
        var used = 0
        for character in Sanitizer.clean(text) {
            let width = DisplayWidth.of(character)
            if width == 0 {
                attachCombining(character, x: x + used - 1, y: y)
                continue
            }
            guard used + width <= limit else { break }
            set(Cell(grapheme: character, style: style), x: x + used, y: y)
            if width == 2 {
                set(Cell(grapheme: " ", style: style, isContinuation: true), x: x + used + 1, y: y)
            }
            used += width
        }
        return used
    }

    /// The fast path of ``put(_:x:y:maxWidth:style:)`` for printable ASCII, the bulk of every
    /// frame: one cell per byte, no grapheme breaking.
    private mutating func putPrintableASCII(_ text: String, x: Int, y: Int, limit: Int, style: Style) -> Int {
        var used = 0
        for byte in text.utf8 {
            guard used < limit else { break }
            set(Cell(grapheme: Character(Unicode.Scalar(byte)), style: style), x: x + used, y: y)
            used += 1
        }
        return used
    }

    /// A zero-width grapheme on its own (a stray combining mark) joins the cell before it.
    private mutating func attachCombining(_ character: Character, x: Int, y: Int) {
        guard x >= 0 else { return }
        var cell = self[x, y]
        let merged = String(cell.grapheme) + String(character)
        if merged.count == 1, let joined = merged.first { cell.grapheme = joined }
        set(cell, x: x, y: y)
    }

    /// The canvas as plain text, one line per row, trailing spaces removed: for snapshots.
    public func text() -> String {
        var lines: [String] = []
        for row in 0..<size.height {
            var line = ""
            for column in 0..<size.width {
                let cell = self[column, row]
                if !cell.isContinuation { line.append(cell.grapheme) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

extension Rect {
    /// The part of the rectangle inside `other`.
    public func clipped(to other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }
}
