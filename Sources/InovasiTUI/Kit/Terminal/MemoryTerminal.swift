/// A terminal in memory, for tests and the benchmark: events come from a script, frames are kept.
///
/// `nextEvent` pops the script and returns `.terminate` once it is empty, so a runtime driven by
/// it always ends. `draw` keeps the last canvas and counts frames; `resize(to:)` changes the size
/// and queues the `.resize` event a real terminal would send.
public final class MemoryTerminal: TerminalBackend {
    /// The current size; changed only by ``resize(to:)``.
    public private(set) var size: Size
    /// The colour depth the test asks for, to exercise theme degradation.
    public let colorDepth: ColorDepth
    /// The block glyphs the test asks for, to exercise the console's fallbacks.
    public var glyphs: GlyphRange = .unicode
    /// The last canvas drawn; nil before the first frame.
    public private(set) var lastCanvas: Canvas?
    /// Frames drawn so far.
    public private(set) var frameCount = 0
    /// Times ``invalidate()`` was called (Ctrl-L).
    public private(set) var invalidationCount = 0
    /// Events still to come, first first.
    public private(set) var pendingEvents: [TerminalEvent]

    /// A terminal of `size` and `colorDepth` that will deliver `events` in order.
    public init(size: Size, colorDepth: ColorDepth = .trueColor, events: [TerminalEvent] = []) {
        self.size = size
        self.colorDepth = colorDepth
        self.pendingEvents = events
    }

    /// Keeps `canvas` as ``lastCanvas`` and counts the frame.
    public func draw(_ canvas: Canvas) {
        lastCanvas = canvas
        frameCount += 1
    }

    /// The next scripted event, or `.terminate` when the script is used up; never waits.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        pendingEvents.isEmpty ? .terminate : pendingEvents.removeFirst()
    }

    /// Counts the request; a memory terminal has nothing to repaint.
    public func invalidate() {
        invalidationCount += 1
    }

    /// Adds events at the end of the script.
    public func enqueue(_ events: [TerminalEvent]) {
        pendingEvents.append(contentsOf: events)
    }

    /// Adds key presses at the end of the script, for readable tests: `enqueue(keys: "jjq")`.
    public func enqueue(keys: String) {
        pendingEvents.append(contentsOf: keys.map { .key(.character($0)) })
    }

    /// Changes the size, as a window resize would, and queues `.resize` next.
    public func resize(to newSize: Size) {
        size = newSize
        pendingEvents.insert(.resize(newSize), at: 0)
    }
}
