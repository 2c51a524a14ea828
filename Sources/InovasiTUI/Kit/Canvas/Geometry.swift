/// A size in terminal cells.
public struct Size: Hashable, Sendable {
    /// Columns; never negative.
    public var width: Int
    /// Rows; never negative.
    public var height: Int

    /// A size; negative values become 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A cell position, column `x` and row `y`, from the top left.
public struct Position: Hashable, Sendable {
    /// Column from the left, from 0.
    public var x: Int
    /// Row from the top, from 0.
    public var y: Int

    /// A position at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A rectangle of cells; layout splits it, widgets draw inside it.
public struct Rect: Hashable, Sendable {
    /// Column from the left, from 0.
    public var x: Int
    /// Row from the top, from 0.
    public var y: Int
    /// Columns; never negative.
    public var width: Int
    /// Rows; never negative.
    public var height: Int

    /// A rectangle; a negative width or height becomes 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle of `size` at the top left.
    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    /// The first column to the right of the rectangle.
    public var maxX: Int { x + width }
    /// The first row below the rectangle.
    public var maxY: Int { y + height }
    /// Whether the rectangle has no cell to draw in.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The rectangle shrunk by `margin` on every side.
    public func inset(by margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }

    /// Whether the cell at `position` lies inside.
    public func contains(_ position: Position) -> Bool {
        position.x >= x && position.x < maxX && position.y >= y && position.y < maxY
    }
}
