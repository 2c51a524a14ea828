/// How a theme wants one role to look: colours before fitting to the terminal, plus attributes.
public struct RoleStyle: Hashable, Sendable {
    /// Text colour; nil inherits the base role's (and the base role's nil is the terminal's).
    public var foreground: RGBColor?
    /// Background colour; nil inherits like ``foreground``.
    public var background: RGBColor?
    /// Attributes shown on a colour terminal.
    public var attributes: TextAttributes
    /// Attributes shown instead when the terminal has no colour; they must carry the meaning.
    public var mono: TextAttributes

    /// A role style; unspecified colours inherit, unspecified attributes are none.
    public init(
        foreground: RGBColor? = nil, background: RGBColor? = nil, attributes: TextAttributes = [],
        mono: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.mono = mono
    }
}
