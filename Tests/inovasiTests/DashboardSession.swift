import Foundation
import TestSupport
import Testing

/// The real `inovasi` dashboard running in tmux on a sandbox's store, for end-to-end tests.
struct DashboardSession {
    let tmux: TmuxSession
    let sandbox: CLISandbox

    /// Starts `inovasi` with `arguments` in a `width`×`height` pane; the shell line around it
    /// reports `EXITED:<status>` and whether the tty modes were restored (`TTY:SAME`).
    static func start(
        _ sandbox: CLISandbox, arguments: [String], width: Int = 160, height: Int = 48,
        term: String = "tmux-256color", extra: [String: String] = [:], prefix: [String] = [],
        binary: String? = nil
    ) throws -> DashboardSession {
        var environment = TmuxSession.baseEnvironment(term: term)
        environment["HOME"] = sandbox.root.appendingPathComponent("home").path
        environment["XDG_DATA_HOME"] = sandbox.dataHome
        environment["XDG_CONFIG_HOME"] = sandbox.configHome
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { _, new in new }
        let program = try binary ?? CLISandbox.binary().path
        let command = (prefix + [program] + arguments).map(CLISandbox.shellQuoted).joined(separator: " ")
        let line = """
            before=$(stty -g); \(command); status=$?; after=$(stty -g); echo EXITED:$status; \
            if [ "$before" = "$after" ]; then echo TTY:SAME; else echo TTY:CHANGED; fi; exec sleep 600
            """
        let tmux = try TmuxSession(command: line, environment: environment, width: width, height: height)
        return DashboardSession(tmux: tmux, sandbox: sandbox)
    }

    /// Waits for the shell's report after the dashboard exits; returns the screen with it.
    func waitForReport() throws -> String {
        try tmux.waitUntil("the exit report", timeout: .seconds(10)) { $0.contains("TTY:") }
    }

    /// The process id of the dashboard itself: the child of the command line's shell.
    func dashboardPID() throws -> pid_t {
        let shell = try tmux.programPID()
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return try #require(children.split(separator: " ").compactMap { pid_t($0) }.first)
    }
}
