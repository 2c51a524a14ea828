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

    struct Result {
        var firstFrameBytes: Int
        var cursorBytesTable: Int
        var cursorBytesQueue: Int
        var peakMegabytes: Double
    }

    func run() throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        for name in ["LINES", "COLUMNS", "NO_COLOR", "TMUX"] { environment[name] = nil }
        let terminal = try PseudoTerminal(
            program: executable,
            arguments: [
                "pty-child", "--data", storePath, "--now", String(now.timeIntervalSince1970), "--lang", languageCode,
            ],
            environment: environment, columns: DashboardFactory.size.width, rows: DashboardFactory.size.height)
        let first = terminal.readUntilQuiet(timeout: Self.startTimeout)
        guard first > 0 else { throw BenchFailure.noFirstFrame }
        let tableMove = try bytes(after: "j", on: terminal)
        try drain("3", on: terminal)
        let queueMove = try bytes(after: "j", on: terminal)
        // The rest of a short session, so the peak memory covers a detail, a filter, the calendar
        // and the sorted table too.
        for keys in ["\r", "\u{1B}", "/sehat", "\u{1B}", "2", "]", "1", "s"] { try drain(keys, on: terminal) }
        let kilobytes = try terminal.peakResidentKilobytes()
        try terminal.type("q")
        let status = terminal.finish(timeout: Self.keyTimeout)
        guard status == 0 else { throw BenchFailure.dashboardExit(status) }
        return Result(
            firstFrameBytes: first, cursorBytesTable: tableMove, cursorBytesQueue: queueMove,
            peakMegabytes: Double(kilobytes) / 1_024)
    }

    func bytes(after keys: String, on terminal: PseudoTerminal) throws -> Int {
        try terminal.type(keys)
        return terminal.readUntilQuiet(timeout: Self.keyTimeout)
    }

    func drain(_ keys: String, on terminal: PseudoTerminal) throws {
        _ = try bytes(after: keys, on: terminal)
    }
}
