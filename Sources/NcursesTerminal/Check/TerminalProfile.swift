import InovasiTUI

/// What the start-up check learned about the terminal, so the backend starts with no second guess.
public struct TerminalProfile: Hashable, Sendable {
    /// The terminfo name from `TERM`, passed on to `newterm`.
    public let name: String
    /// How many colours to use; themes degrade to fit.
    public let colorDepth: ColorDepth

    /// Creates a profile; normally ``TerminalCheck`` makes it.
    public init(name: String, colorDepth: ColorDepth) {
        self.name = name
        self.colorDepth = colorDepth
    }
}
