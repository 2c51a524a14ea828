import Foundation
import TestSupport
import Testing

/// Starts `inovasi-term-demo` in tmux the way the end-to-end tests need it.
enum DemoRun {
    /// The built demo, next to the test bundle.
    static func executable() throws -> String {
        let url = try #require(
            BuiltProducts.executable(named: "inovasi-term-demo"),
            "inovasi-term-demo not found in \(BuiltProducts.candidateFolders.map(\.path)); run swift build first")
        return url.path
    }

    /// A shell line that runs `invocation`, then prints `EXITED:<status>` and whether the tty
    /// modes afterwards are exactly those before (`TTY:SAME`), so a test sees how it was left.
    ///
    /// The shell then stays (sleeping) so the pane keeps the program's leftovers: when a pane dies,
    /// tmux 3.3 scrolls it by a line for its "Pane is dead" notice and hides the cursor.
    static func reporting(_ invocation: String) -> String {
        """
        ulimit -c 0; before=$(stty -g); \(invocation); status=$?; after=$(stty -g); echo EXITED:$status; \
        if [ "$before" = "$after" ]; then echo TTY:SAME; else echo TTY:CHANGED; fi; exec sleep 600
        """
    }

    /// The demo running under `environment`, inside ``reporting(_:)``; `redirect` is appended
    /// to the demo's command (`</dev/null`).
    static func start(
        environment: [String: String] = TmuxSession.baseEnvironment(), redirect: String = "",
        width: Int = 80, height: Int = 24
    ) throws -> TmuxSession {
        let demo = TmuxSession.quote(try executable())
        return try TmuxSession(
            command: reporting("\(demo) \(redirect)"), environment: environment, width: width, height: height)
    }

    /// Waits for the demo's first frame and returns the process id it shows.
    static func waitForFrame(_ session: TmuxSession) throws -> pid_t {
        let screen = try session.waitFor(text: "q: keluar")
        let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("pid: ") })
        return try #require(pid_t(line.dropFirst(5).trimmingCharacters(in: .whitespaces)))
    }

    /// Waits for the shell line's report; returns the screen with it.
    static func waitForReport(_ session: TmuxSession) throws -> String {
        try session.waitUntil("the exit report") { $0.contains("TTY:") }
        return try session.capture(joined: true)
    }

    /// An interactive bash running the demo as a job, for job control (Ctrl-Z, fg).
    static func startShell(environment: [String: String] = TmuxSession.baseEnvironment()) throws -> TmuxSession {
        var environment = environment
        environment["PS1"] = "$ "
        let session = try TmuxSession(command: "exec bash --norc --noprofile -i", environment: environment)
        try session.waitFor(text: "$")
        let demo = TmuxSession.quote(try executable())
        try session.sendKeys(.text(demo), .enter)
        return session
    }

    /// Quits the demo started by ``startShell(environment:)`` and checks what the shell sees after.
    static func quitInShell(_ session: TmuxSession) throws {
        try session.sendKeys(.text("q"))
        try session.waitUntil("the main screen") { _ in (try? session.display("#{alternate_on}")) == "0" }
        try session.sendKeys(.text("echo STATUS:$?; stty -a | grep -o -- '-*icanon'"), .enter)
        let screen = try session.waitUntil("the status and the tty mode") { screen in
            screen.contains("STATUS:") && lines(screen).contains { $0 == "icanon" || $0 == "-icanon" }
        }
        #expect(screen.contains("STATUS:0"))
        #expect(lines(screen).contains("icanon"))
    }

    /// The lines of `screen` without trailing blank ones.
    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
