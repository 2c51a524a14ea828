import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The idle kiosk on a pseudo-terminal of 160×48: the share of one core it uses and the bytes it
/// writes per minute while nothing in the data changes.
///
/// It starts this same executable in its hidden `pty-child --kiosk` mode, which runs the kiosk as
/// `inovasi kiosk` does on the real clock, waits for the first frame, then watches it for
/// `seconds`: its CPU time from `/proc/<pid>/stat` (user plus system) before and after, and every
/// byte it writes meanwhile (its round's moves, the clock's minutes). SIGTERM ends it.
struct KioskBench {
    let executable: String
    let storePath: String
    let languageCode: String
    let seconds: Int

    struct Result {
        var cpuPercent: Double
        var bytesPerMinute: Double
    }

    func run() throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        for name in ["LINES", "COLUMNS", "NO_COLOR", "TMUX"] { environment[name] = nil }
        let terminal = try PseudoTerminal(
            program: executable,
            arguments: ["pty-child", "--kiosk", "--data", storePath, "--now", "0", "--lang", languageCode],
            environment: environment, columns: DashboardFactory.size.width, rows: DashboardFactory.size.height)
        guard terminal.readUntilQuiet(timeout: TerminalBench.startTimeout, quiet: 0.5) > 0 else {
            throw BenchFailure.noFirstFrame
        }
        let started = Date()
        let cpuBefore = try Self.cpuSeconds(terminal.pid)
        let bytes = terminal.readFor(seconds: Double(seconds))
        let cpuAfter = try Self.cpuSeconds(terminal.pid)
        let elapsed = Date().timeIntervalSince(started)
        kill(terminal.pid, SIGTERM)
        let status = terminal.finish(timeout: TerminalBench.keyTimeout)
        guard status == 0 else { throw BenchFailure.dashboardExit(status) }
        return Result(
            cpuPercent: (cpuAfter - cpuBefore) / elapsed * 100, bytesPerMinute: Double(bytes) / elapsed * 60)
    }

    /// The CPU time `pid` used so far, user and system, in seconds (`/proc/<pid>/stat` fields 14
    /// and 15, in clock ticks).
    static func cpuSeconds(_ pid: pid_t) throws -> Double {
        let path = "/proc/\(pid)/stat"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { throw BenchFailure.terminal("cannot read \(path)") }
        // After the command name in parentheses: state is field 3, utime 14, stime 15.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
            throw BenchFailure.terminal("unexpected \(path)")
        }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
