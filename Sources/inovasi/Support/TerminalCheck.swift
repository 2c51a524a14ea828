import Foundation

/// Whether this process can run a full-screen interface at all.
enum TerminalCheck {
    /// True when standard input and output are terminals and `TERM` names a real terminal type.
    static func isInteractive(environment: [String: String]) -> Bool {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return false }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return true
    }
}
