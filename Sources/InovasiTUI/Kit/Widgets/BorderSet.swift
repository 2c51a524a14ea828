/// The box-drawing characters of a frame, so borders can change weight without code changes.
public struct BorderSet: Hashable, Sendable {
    /// Top and bottom edges.
    public var horizontal: Character
    /// Left and right edges.
    public var vertical: Character
    /// Corner at the top left.
    public var topLeft: Character
    /// Corner at the top right.
    public var topRight: Character
    /// Corner at the bottom left.
    public var bottomLeft: Character
    /// Corner at the bottom right.
    public var bottomRight: Character

    /// A border set from its six characters, each one column wide.
    public init(
        horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
        bottomLeft: Character, bottomRight: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// Thin lines: ┌─┐.
    public static let plain = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    /// Thin lines with round corners: ╭─╮.
    public static let rounded = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
    /// Heavy lines: ┏━┓ (not in the Linux console font).
    public static let thick = BorderSet(
        horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
    /// Double lines: ╔═╗; shown by the Linux console too, and visible without colour or bold.
    public static let double = BorderSet(
        horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
    /// Plain ASCII, for terminals without line drawing: +-+.
    public static let ascii = BorderSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
}
