import CNcurses
import Glibc

/// What terminfo says about one terminal type: enough to decide whether and how to draw.
public struct TerminfoEntry: Hashable, Sendable {
    /// The `colors` capability; 0 or less when the terminal has none.
    public let colors: Int
    /// Whether the terminal can move the cursor (`cup`); without it a dashboard draws garbage.
    public let hasCursorAddressing: Bool

    /// Creates an entry; tests describe terminals with it.
    public init(colors: Int, hasCursorAddressing: Bool) {
        self.colors = colors
        self.hasCursorAddressing = hasCursorAddressing
    }
}

/// The questions ``TerminalCheck`` asks the system, so tests can answer them instead.
public protocol TerminalProbe {
    /// Whether descriptor `fd` is a terminal.
    func isTerminal(_ fd: Int32) -> Bool
    /// The terminfo entry for `name`, or nil when terminfo does not know it.
    func lookUp(_ name: String) -> TerminfoEntry?
}

/// The real answers: `isatty` and a silent `setupterm`.
public struct SystemTerminalProbe: TerminalProbe {
    /// Creates the probe; it keeps no state.
    public init() {}

    /// Asks `isatty`.
    public func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Loads the entry with `setupterm` (errors reported, never printed) and unloads it again.
    public func lookUp(_ name: String) -> TerminfoEntry? {
        var colors: Int32 = -1
        var hasCursorAddressing: Int32 = 0
        let found = inovasi_probe_terminfo(name, STDOUT_FILENO, &colors, &hasCursorAddressing)
        guard found == 1 else { return nil }
        return TerminfoEntry(colors: Int(colors), hasCursorAddressing: hasCursorAddressing != 0)
    }
}
