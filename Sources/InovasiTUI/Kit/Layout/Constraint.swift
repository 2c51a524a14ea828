/// How much room one part of a ``Layout`` split (or a table column) asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells; shrinks only when there is not enough room.
    case fixed(Int)
    /// This share of the room, 0–100.
    case percent(Int)
    /// At least this many cells, and a share of what is left, like `fill(1)`.
    case min(Int)
    /// A share of what is left after the other parts, by weight.
    case fill(Int)
}

/// Which way a ``Layout`` split runs.
public enum Direction: Hashable, Sendable {
    /// Parts side by side, left to right.
    case horizontal
    /// Parts stacked, top to bottom.
    case vertical
}
