/// A colour as a terminal can show it; themes give `rgb`, and ``ColorDepth`` degrades it.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own default colour (foreground or background).
    case `default`
    /// A palette index: 0–7 basic, 8–15 bright, 16–255 the xterm cube and greys.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes; with no colour they carry the meaning alone.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The attribute bits.
    public let rawValue: UInt8
    /// Attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold: focus, emphasis.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim: secondary text.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Underline: warnings, links, the unfocused selection.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Reverse video: the selection without colour.
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    /// Italic, where the terminal has it.
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How one cell looks: colours already fitted to the terminal, plus attributes.
public struct Style: Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Cell background colour.
    public var background: TerminalColor
    /// Bold, underline, reverse and the like.
    public var attributes: TextAttributes

    /// The terminal's default look.
    public static let plain = Style()

    /// A style; by default the terminal's own colours and no attributes.
    public init(
        foreground: TerminalColor = .default, background: TerminalColor = .default,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// This style with extra attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}
