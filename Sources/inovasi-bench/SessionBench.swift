import Foundation

/// What a person on the far end of a slow link waits for: the first complete frame from the moment
/// the program is started, and the bytes of a short scripted session (issue 14 points 3 and 4).
///
/// Both run the dashboard as ``TerminalBench`` does (`pty-child` at 160×48, `xterm-256color`).
/// A start is timed from just before `posix_spawn` to the last byte of the first frame: the frame
/// is over when the terminal has been quiet for ``TerminalBench/startQuiet`` seconds, but the
/// quiet wait itself is not counted.
struct SessionBench {
    let terminal: TerminalBench
    /// How many times the dashboard is started, the scripted session's start included.
    let starts: Int

    /// The scripted session after the first frame: ten cursor moves in the OPD table, a page down,
    /// a detail opened and closed, two pane switches.
    static let script: [String] =
        Array(repeating: "j", count: 10) + ["\u{1B}[6~", "\r", "\u{1B}", "\t", "\t"]

    /// The slow link of issue 14: mobile data at 256 kbit/s.
    static let linkBitsPerSecond = 256_000.0

    struct Result {
        /// Milliseconds from `posix_spawn` to the first frame's last byte, one per start.
        var startMilliseconds: [Double] = []
        /// Every byte of the scripted session, its first frame included.
        var sessionBytes = 0
    }

    /// Milliseconds `bytes` take over the slow link: bytes × 8 / 256 000 s.
    static func linkMilliseconds(bytes: Int) -> Double {
        Double(bytes) * 8 / linkBitsPerSecond * 1_000
    }

    func run() throws -> Result {
        var result = Result()
        let session = try start()
        result.startMilliseconds.append(session.milliseconds)
        result.sessionBytes = session.bytes
        for keys in Self.script { result.sessionBytes += try terminal.bytes(after: keys, on: session.terminal) }
        try terminal.quit(session.terminal)
        for _ in 1..<max(starts, 1) {
            let plain = try start()
            result.startMilliseconds.append(plain.milliseconds)
            try terminal.quit(plain.terminal)
        }
        return result
    }

    /// A new dashboard at 160×48, read until its first frame is complete.
    func start() throws -> (terminal: PseudoTerminal, bytes: Int, milliseconds: Double) {
        let started = try terminal.start(
            columns: DashboardFactory.size.width, rows: DashboardFactory.size.height, clock: nil)
        let bytes = started.readUntilQuiet(timeout: TerminalBench.startTimeout, quiet: TerminalBench.startQuiet)
        guard bytes > 0 else { throw BenchFailure.noFirstFrame }
        return (started, bytes, started.millisecondsToLastByte)
    }
}
