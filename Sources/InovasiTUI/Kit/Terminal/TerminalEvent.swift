/// A key as the UI sees it, independent of ncurses key codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, e.g. `.control("l")` for Ctrl-L.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

/// What the terminal reports to the runtime.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size.
    case resize(Size)
    /// No input within the tick interval: time to check the clock and the store.
    case tick
    /// SIGTERM, SIGINT or SIGHUP arrived: leave cleanly.
    case terminate
}

/// How many colours the terminal can show; themes degrade to fit.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    /// No colour at all (`NO_COLOR`, `TERM=vt100`): attributes carry the meaning.
    case none = 0
    case eight = 8
    case sixteen = 16
    case palette256 = 256
    case trueColor = 16_777_216

    /// Orders depths by how many colours they show, so code can ask for "at least 256 colours".
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A terminal the runtime draws on and reads from: ncurses in the program, memory in tests.
public protocol TerminalBackend: AnyObject {
    /// Current size in cells.
    var size: Size { get }
    /// What the terminal can show; decided once at start-up.
    var colorDepth: ColorDepth { get }
    /// The block glyphs the terminal's font has; decided once at start-up.
    var glyphs: GlyphRange { get }
    /// Shows `canvas`; the backend sends only what changed since the last frame.
    func draw(_ canvas: Canvas)
    /// The next event, or `.tick` when nothing happens within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent
    /// Forgets the screen's contents, so the next draw repaints everything (Ctrl-L).
    func invalidate()
}

extension TerminalBackend {
    /// A terminal emulator's glyphs, unless the backend knows better (the Linux console).
    public var glyphs: GlyphRange { .unicode }
}
