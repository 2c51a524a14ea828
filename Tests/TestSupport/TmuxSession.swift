import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One program running in a detached tmux pane on a private tmux server, for end-to-end tests.
///
/// Each session has its own server (`tmux -L`, sockets in its own temporary folder), so tests can
/// run side by side and never touch a user's tmux. The pane keeps its last screen after the
/// program exits (`remain-on-exit`), so the exit status and what was left behind can be checked.
/// The server is killed by ``close()`` or when the session goes away.
///
/// Once the pane is dead, tmux 3.3 scrolls it up a line for its "Pane is dead" notice and hides
/// the cursor: to check what a program left behind (cursor, screen), keep the command line alive
/// after it (`program; echo DONE; exec sleep 600`) and wait for its output instead.
///
/// The pane runs a small `/bin/sh` that starts the command line and writes its exit status to a
/// file: tmux 3.3 loses `#{pane_dead_status}` when a program exits the instant it starts. That
/// shell ignores Ctrl-C (`trap : INT QUIT`, which the command does not inherit), so a key press
/// meant for the program cannot end the pane.
public final class TmuxSession {
    /// The private server's name (`tmux -L`).
    public let serverName: String
    private let folder: URL
    private var statusFile: URL { folder.appendingPathComponent("exit-status") }
    private var isClosed = false
    private var commandCount = 0

    /// Starts `command` (a `/bin/sh` command line) in a `width`×`height` pane with exactly
    /// `environment` (nothing inherited), and the status line off so the pane has every row.
    public init(command: String, environment: [String: String], width: Int = 80, height: Int = 24) throws {
        serverName = "inovasi-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(serverName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("tmux.conf")
        try "set -g remain-on-exit on\nset -g status off\nset -g exit-empty off\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let settings = environment.keys.sorted().map { Self.quote("\($0)=\(environment[$0] ?? "")") }
        let program = (["env", "-i"] + settings + ["/bin/sh", "-c", Self.quote(command)]).joined(separator: " ")
        let paneCommand = "trap : INT QUIT; \(program); echo $? > \(Self.quote(statusFile.path))"
        let size = ["-x", "\(width)", "-y", "\(height)"]
        try run(["-f", config.path, "new-session", "-d", "-s", "main"] + size + [paneCommand])
    }

    deinit { close() }

    /// A minimal environment for the program under test: `PATH`, `HOME`, a UTF-8 `LANG` and `TERM`.
    public static func baseEnvironment(term: String = "tmux-256color") -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return [
            "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? "/tmp",
            "LANG": "C.UTF-8",
            "TERM": term,
        ]
    }

    /// Sends keys to the pane, in order.
    public func sendKeys(_ keys: TmuxKey...) throws {
        for key in keys {
            switch key {
            case .text(let text): try run(["send-keys", "-t", "main", "-l", text])
            case .named(let name): try run(["send-keys", "-t", "main", name])
            }
        }
    }

    /// The pane's visible text; with `escapes`, colours and attributes as SGR sequences; with
    /// `joined`, lines the terminal wrapped are joined back into one; with `history`, the lines
    /// scrolled off the top come first.
    public func capture(escapes: Bool = false, joined: Bool = false, history: Bool = false) throws -> String {
        let options = (escapes ? ["-e"] : []) + (joined ? ["-J"] : []) + (history ? ["-S", "-"] : [])
        return try run(["capture-pane", "-p", "-t", "main"] + options)
    }

    /// A tmux format evaluated for the pane, e.g. `#{cursor_flag}` or `#{alternate_on}`.
    public func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "main", format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the pane until it shows `text`; returns that screen.
    @discardableResult
    public func waitFor(text: String, timeout: Duration = .seconds(5)) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the pane until `condition` holds for its text; returns that screen.
    @discardableResult
    public func waitUntil(
        _ description: String, timeout: Duration = .seconds(5), _ condition: (String) -> Bool
    ) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let screen = try capture()
            if condition(screen) { return screen }
            guard clock.now < deadline else { throw TmuxError.timeout(description, screen: screen) }
            usleep(20_000)
        }
    }

    /// Resizes the window (and so the pane) to `width`×`height`.
    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the pane's own shell, which starts the command line and waits for it.
    public func panePID() throws -> pid_t {
        let answer = try display("#{pane_pid}")
        guard let pid = pid_t(answer) else { throw TmuxError.unexpectedAnswer(answer) }
        return pid
    }

    /// The process id of the command line's `/bin/sh` (or of the program itself, when the shell
    /// replaced itself with it): the process to send signals to.
    public func programPID(timeout: Duration = .seconds(5)) throws -> pid_t {
        let shell = try panePID()
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let child = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return child }
            guard clock.now < deadline else { throw TmuxError.timeout("the program to start", screen: try capture()) }
            usleep(20_000)
        }
    }

    /// The pane's pseudo-terminal device, for writing to the screen behind the program's back.
    public func paneTTY() throws -> String {
        try display("#{pane_tty}")
    }

    /// Whether the pane's program has exited.
    public func isPaneDead() throws -> Bool {
        try display("#{pane_dead}") == "1"
    }

    /// Waits until the command line exits; returns its exit status (128 + signal if killed).
    public func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let text = (try? String(contentsOf: statusFile, encoding: .utf8)) ?? ""
            if text.hasSuffix("\n"), let status = Int32(text.dropLast()) { return status }
            guard clock.now < deadline else { throw TmuxError.timeout("the pane to exit", screen: try capture()) }
            usleep(20_000)
        }
    }

    /// Starts copying everything the program writes to its terminal into a file; returns the file.
    public func recordOutput() throws -> URL {
        let file = folder.appendingPathComponent("output-\(commandCount).bin")
        try run(["pipe-pane", "-o", "-t", "main", "cat >> \(Self.quote(file.path))"])
        return file
    }

    /// Closes the pane's terminal, as when a terminal window is closed.
    public func killPane() throws {
        try run(["kill-pane", "-t", "main"])
    }

    /// Kills the server (and with it the pane's program) and removes the session's folder.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one tmux command against this session's server; returns what it printed.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        commandCount += 1
        let output = folder.appendingPathComponent("command-\(commandCount).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try ChildProcess.run(
            "tmux", arguments: ["-L", serverName] + arguments, environment: serverEnvironment, output: output)
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxError.commandFailed(arguments, status: status, output: text) }
        return text
    }

    /// tmux itself needs a UTF-8 locale to keep wide characters, and its sockets go in our folder.
    private var serverEnvironment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return [
            "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? "/tmp",
            "LC_ALL": "C.UTF-8",
            "SHELL": "/bin/sh",
            "TMUX_TMPDIR": folder.path,
        ]
    }

    /// `text` as one single-quoted `sh` word.
    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
