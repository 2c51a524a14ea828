import Foundation

/// Counts what the ncurses backend writes to a real (pseudo-)terminal of 160×48, and how much
/// memory the dashboard process needs at its peak.
///
/// It starts this same executable in its hidden `pty-child` mode, which runs the dashboard as
/// `inovasi` does (terminal check, ncurses backend, runtime, store adapter) on the store, with
/// `TERM=xterm-256color`. Running itself rather than a separately built `inovasi` means the bytes
/// always come from the code being measured, never from a stale binary.
struct TerminalBench {
    let executable: String
    let storePath: String
    let now: Date
    let languageCode: String

    /// Seconds to wait for the first frame; a debug build on a large store is slow to start.
    static let startTimeout = 120.0
    /// Seconds to wait for the frame after a key.
    static let keyTimeout = 10.0
    /// Seconds of silence that end the first frame: a debug build on a busy machine writes the
    /// screen set-up at once and the frame only after loading, which a shorter wait split in two.
    static let startQuiet = 2.0
    /// Seconds of silence that end the frame after a key.
    static let keyQuiet = 0.5

    /// The size of the tabbed layout measured beside the three panes.
    static let narrow = (columns: 80, rows: 24)

    /// Whether the result also breaks each figure's bytes down by kind (``ByteKinds``).
    var breakdown = false
    /// A folder to write each figure's raw bytes to (`<figure>.bytes`), to read what was sent.
    var dumpFolder: URL?

    struct Result: Encodable {
        var firstFrameBytes = 0
        var cursorBytesTable = 0
        var cursorBytesQueue = 0
        /// `l` in the calendar's month view: the next day and its sessions.
        var cursorBytesCalendarDay = 0
        /// `j` in the calendar's week view: the next session.
        var cursorBytesCalendarWeek = 0
        /// The clock a minute on, nothing else changed.
        var tickBytes = 0
        /// `j` in the OPD table and in the queue at 80×24 (the tabbed layout).
        var cursorBytesTableNarrow = 0
        var cursorBytesQueueNarrow = 0
        /// `l` in the calendar's month view and `j` in its week view at 80×24.
        var cursorBytesCalendarDayNarrow = 0
        var cursorBytesCalendarWeekNarrow = 0
        var peakMegabytes = 0.0
        /// Each figure's bytes by kind, by the figure's name; only when asked for.
        var kinds: [String: ByteKinds]?
    }

    func run() throws -> Result {
        let clockFile = FileManager.default.temporaryDirectory.appendingPathComponent("inovasi-bench-clock-\(getpid())")
        defer { try? FileManager.default.removeItem(at: clockFile) }
        var result = Result(kinds: breakdown ? [:] : nil)
        let terminal = try start(
            columns: DashboardFactory.size.width, rows: DashboardFactory.size.height, clock: clockFile)
        result.firstFrameBytes = note(
            "firstFrameBytes", terminal.readUntilQuiet(timeout: Self.startTimeout, quiet: Self.startQuiet), terminal,
            &result)
        guard result.firstFrameBytes > 0 else { throw BenchFailure.noFirstFrame }
        try Data("60".utf8).write(to: clockFile)
        result.tickBytes = note(
            "tickBytes", terminal.readUntilQuiet(timeout: Self.keyTimeout, quiet: Self.keyQuiet), terminal, &result)
        result.cursorBytesTable = note("cursorBytesTable", try bytes(after: "j", on: terminal), terminal, &result)
        try drain("3", on: terminal)
        result.cursorBytesQueue = note("cursorBytesQueue", try bytes(after: "j", on: terminal), terminal, &result)
        try drain("2", on: terminal)
        result.cursorBytesCalendarDay = note(
            "cursorBytesCalendarDay", try bytes(after: "l", on: terminal), terminal, &result)
        try drain("w", on: terminal)
        result.cursorBytesCalendarWeek = note(
            "cursorBytesCalendarWeek", try bytes(after: "j", on: terminal), terminal, &result)
        // The rest of a short session, so the peak memory covers a detail, a filter, the calendar
        // and the sorted table too.
        for keys in ["m", "3", "\r", "\u{1B}", "/sehat", "\u{1B}", "2", "]", "1", "s"] { try drain(keys, on: terminal) }
        result.peakMegabytes = Double(try terminal.peakResidentKilobytes()) / 1_024
        try quit(terminal)
        let narrow = try start(columns: Self.narrow.columns, rows: Self.narrow.rows, clock: nil)
        guard narrow.readUntilQuiet(timeout: Self.startTimeout, quiet: Self.startQuiet) > 0 else {
            throw BenchFailure.noFirstFrame
        }
        result.cursorBytesTableNarrow = note(
            "cursorBytesTableNarrow", try bytes(after: "j", on: narrow), narrow, &result)
        try drain("3", on: narrow)
        result.cursorBytesQueueNarrow = note(
            "cursorBytesQueueNarrow", try bytes(after: "j", on: narrow), narrow, &result)
        try drain("2", on: narrow)
        result.cursorBytesCalendarDayNarrow = note(
            "cursorBytesCalendarDayNarrow", try bytes(after: "l", on: narrow), narrow, &result)
        try drain("w", on: narrow)
        result.cursorBytesCalendarWeekNarrow = note(
            "cursorBytesCalendarWeekNarrow", try bytes(after: "j", on: narrow), narrow, &result)
        try quit(narrow)
        return result
    }

    /// Returns `count`, noting the breakdown of what `terminal` just wrote under `name` when asked.
    func note(_ name: String, _ count: Int, _ terminal: PseudoTerminal, _ result: inout Result) -> Int {
        if breakdown { result.kinds?[name] = ByteKinds(terminal.lastBytes) }
        if let dumpFolder {
            try? Data(terminal.lastBytes).write(to: dumpFolder.appendingPathComponent(name + ".bytes"))
        }
        return count
    }

    /// The dashboard in `pty-child` mode on a new pseudo-terminal of `columns`×`rows`.
    func start(columns: Int, rows: Int, clock: URL?) throws -> PseudoTerminal {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        for name in ["LINES", "COLUMNS", "NO_COLOR", "TMUX"] { environment[name] = nil }
        var arguments = [
            "pty-child", "--data", storePath, "--now", String(now.timeIntervalSince1970), "--lang", languageCode,
        ]
        if let clock { arguments += ["--clock-file", clock.path] }
        let terminal = try PseudoTerminal(
            program: executable, arguments: arguments, environment: environment, columns: columns, rows: rows)
        terminal.keepsBytes = breakdown || dumpFolder != nil
        return terminal
    }

    func quit(_ terminal: PseudoTerminal) throws {
        try terminal.type("q")
        let status = terminal.finish(timeout: Self.keyTimeout)
        guard status == 0 else { throw BenchFailure.dashboardExit(status) }
    }

    func bytes(after keys: String, on terminal: PseudoTerminal) throws -> Int {
        try terminal.type(keys)
        return terminal.readUntilQuiet(timeout: Self.keyTimeout, quiet: Self.keyQuiet)
    }

    func drain(_ keys: String, on terminal: PseudoTerminal) throws {
        _ = try bytes(after: keys, on: terminal)
    }
}
