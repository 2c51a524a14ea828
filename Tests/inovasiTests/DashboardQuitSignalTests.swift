import Foundation
import TestSupport
import Testing

/// The real dashboard and kiosk run from an interactive shell, as a person starts them, with
/// Swift's crash reporter at its defaults (no `SWIFT_BACKTRACE`): Ctrl-\ and crashes.
@Suite("Ctrl-\\ and crashes, through tmux", .serialized)
struct DashboardQuitSignalTests {
    let sandbox: CLISandbox
    let store: String

    init() throws {
        sandbox = try CLISandbox()
        store = try sandbox.makeDemo()
    }

    /// An interactive bash in tmux running `inovasi` with `arguments` as its foreground job,
    /// followed by the shell command `then`, if any.
    func startInShell(_ arguments: [String], extra: [String: String] = [:], then: String? = nil) throws
        -> TmuxSession
    {
        var environment = TmuxSession.baseEnvironment().merging(extra) { _, new in new }
        environment["PS1"] = "$ "
        environment["HOME"] = sandbox.root.appendingPathComponent("home").path
        environment["XDG_DATA_HOME"] = sandbox.dataHome
        environment["XDG_CONFIG_HOME"] = sandbox.configHome
        let tmux = try TmuxSession(
            command: "exec bash --norc --noprofile -i", environment: environment, width: 160, height: 48)
        try tmux.waitFor(text: "$")
        let command = try ([CLISandbox.binary().path] + arguments).map(CLISandbox.shellQuoted)
        let line = command.joined(separator: " ") + (then.map { "; \($0)" } ?? "")
        try tmux.sendKeys(.text(line), .enter)
        return tmux
    }

    /// Once the program is gone: its exit status, as the shell saw it, and the screen with it.
    func statusAfterExit(_ tmux: TmuxSession, timeout: Duration = .seconds(10)) throws -> String {
        try tmux.waitUntil("the main screen", timeout: timeout) { _ in (try? tmux.display("#{alternate_on}")) == "0" }
        try tmux.sendKeys(.text("echo STATUS:$?"), .enter)
        return try tmux.waitUntil("the status", timeout: timeout) { Self.statusLine($0) != nil }
    }

    /// The line `echo STATUS:$?` printed (not the command line that asked for it), if on `screen`.
    static func statusLine(_ screen: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { line in
            line.hasPrefix("STATUS:") && line.dropFirst(7).first?.isNumber == true
        }
    }

    /// The process id of the shell's foreground job: the child of the interactive bash.
    func jobPID(_ tmux: TmuxSession) throws -> pid_t {
        let shell = try tmux.programPID()
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return try #require(children.split(separator: " ").compactMap { pid_t($0) }.first)
    }

    /// `stty -a` of the pane's terminal, read from outside.
    func ttyModes(_ tmux: TmuxSession) throws -> String {
        let output = sandbox.path("stty-\(UUID().uuidString).txt")
        let status = try ChildProcess.run(
            "stty", arguments: ["-a", "-F", try tmux.paneTTY()], environment: ["PATH": "/usr/bin:/bin"],
            output: URL(fileURLWithPath: output))
        #expect(status == 0)
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    var logText: String {
        let path = sandbox.root.path + "/home/.local/state/inovasi/inovasi.log"
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    @Test("Ctrl-\\ quits the dashboard like q: status 0, a clean terminal, no crash reporter")
    func quitKeyInDashboard() throws {
        let tmux = try startInShell(["--data", store])
        try tmux.waitFor(text: "3 Antrean Usulan")
        try tmux.sendKeys(.named("C-\\"))
        let screen = try statusAfterExit(tmux)
        #expect(Self.statusLine(screen) == "STATUS:0", "\(screen)")
        #expect(!screen.contains("Press space"), "\(screen)")
        #expect(!screen.contains("3 Antrean Usulan"), "\(screen)")
        #expect(try tmux.display("#{cursor_flag}") == "1")
        #expect(!logText.contains("Program crashed"), "\(logText)")
    }

    @Test("Ctrl-\\ on the kiosk does nothing: it keeps showing, no crash reporter; SIGTERM still ends it")
    func quitKeyOnKiosk() throws {
        let tmux = try startInShell(["kiosk", "--data", store, "--interval", "1000"])
        try tmux.waitFor(text: "KIOS")
        let pid = try jobPID(tmux)
        #expect(try ttyModes(tmux).contains("quit = <undef>"))
        try tmux.sendKeys(.named("C-\\"))
        usleep(1_500_000)
        let screen = try tmux.capture()
        #expect(screen.contains("KIOS"), "\(screen)")
        #expect(!screen.contains("Press space"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "1")
        #expect(kill(pid, 0) == 0, "the kiosk is gone")
        kill(pid, SIGTERM)
        let after = try statusAfterExit(tmux)
        #expect(Self.statusLine(after) == "STATUS:0", "\(after)")
        #expect(try ttyModes(tmux).contains("quit = ^\\"))
        #expect(!logText.contains("Program crashed"), "\(logText)")
    }

    @Test("a crash never waits for a key: a non-zero status at once, the backtrace in the log, a clean terminal")
    func crashGoesToLog() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let tmux = try startInShell(["--data", store], extra: ["INOVASI_TEST_CRASH": "1"], then: "echo STATUS:$?")
        let screen = try tmux.waitUntil("the status", timeout: .seconds(20)) { Self.statusLine($0) != nil }
        #expect(started.duration(to: clock.now) < .seconds(15))
        #expect(Self.statusLine(screen) == "STATUS:\(128 + SIGILL)", "\(screen)")
        #expect(!screen.contains("Press space"), "\(screen)")
        #expect(!screen.contains("Program crashed"), "\(screen)")
        #expect(try tmux.display("#{cursor_flag}") == "1")
        #expect(logText.contains("INOVASI_TEST_CRASH"), "\(logText)")
        #expect(logText.contains("Program crashed"), "\(logText)")
        #expect(!logText.contains("Press space"), "\(logText)")
    }

    /// The filter of issue 8's freeze (KESBANGPOL-style count/rows mismatch): DAMKAR, overdue only.
    /// Whether or not the queue still freezes on it, a stop request must end the program.
    @Test(
        "the issue's freeze: SIGTERM or Ctrl-C ends the busy dashboard within seconds, terminal restored",
        arguments: ["SIGTERM", "C-c"])
    func stopWhileFrozen(stop: String) throws {
        let tmux = try startInShell(["--data", store])
        try tmux.waitFor(text: "3 Antrean Usulan")
        for key in ["3", "f", "Down", "Enter"] {
            try tmux.sendKeys(.named(key))
            usleep(150_000)
        }
        try tmux.sendKeys(.text("damkar"), .enter)
        try tmux.waitFor(text: "DAMKAR")
        for key in ["Down", "Down", "Down", "Down", "Right", "Enter"] {
            try tmux.sendKeys(.named(key))
            usleep(150_000)
        }
        usleep(1_000_000)
        let clock = ContinuousClock()
        let sent = clock.now
        if stop == "SIGTERM" {
            #expect(kill(try jobPID(tmux), SIGTERM) == 0)
        } else {
            try tmux.sendKeys(.named(stop))
        }
        try tmux.waitUntil("the main screen", timeout: .seconds(8)) { _ in
            (try? tmux.display("#{alternate_on}")) == "0"
        }
        #expect(sent.duration(to: clock.now) < .seconds(5))
        let screen = try statusAfterExit(tmux)
        let status = stop == "SIGTERM" ? 128 + SIGTERM : 128 + SIGINT
        #expect(["STATUS:0", "STATUS:\(status)"].contains(Self.statusLine(screen)), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }

    @Test(
        "at a terminal the dashboard runs with the crash reporter non-interactive, unless SWIFT_BACKTRACE says",
        arguments: [
            ("", "interactive=no,output-to=stderr,color=no"),
            ("sanitize=yes", "sanitize=yes,interactive=no,output-to=stderr,color=no"),
            ("interactive=yes", "interactive=yes"), ("enable=no", "enable=no"),
        ])
    func crashReporterSettings(given: String, running: String) throws {
        let tmux = try startInShell(["--data", store], extra: given.isEmpty ? [:] : ["SWIFT_BACKTRACE": given])
        try tmux.waitFor(text: "3 Antrean Usulan")
        let pid = try jobPID(tmux)
        let environment = try String(contentsOfFile: "/proc/\(pid)/environ", encoding: .utf8)
        #expect(environment.split(separator: "\0").contains("SWIFT_BACKTRACE=\(running)"[...]), "\(environment)")
        let name = try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
        #expect(name == "inovasi\n", "ps, top and pgrep show the program's own name")
        kill(pid, SIGTERM)
        try tmux.waitUntil("the main screen") { _ in (try? tmux.display("#{alternate_on}")) == "0" }
    }
}
