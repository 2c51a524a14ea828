/// One terminal cell: a grapheme that is safe to print, and its style.
///
/// A grapheme two columns wide fills its cell and marks the next one as a continuation,
/// which a backend skips.
public struct Cell: Hashable, Sendable {
    /// One printable grapheme, already sanitised; " " for an empty cell.
    public var grapheme: Character
    /// How the grapheme looks, already fitted to the terminal.
    public var style: Style
    /// The right half of a wide grapheme drawn in the cell to the left.
    public var isContinuation: Bool

    /// An empty cell in the default style.
    public static let blank = Cell(grapheme: " ", style: .plain)

    /// A cell; pass only sanitised graphemes (``Canvas/put(_:x:y:maxWidth:style:)`` does).
    public init(grapheme: Character, style: Style, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }
}
