import Foundation
import InovasiCore

/// Where a command writes: results to standard output, messages to standard error.
///
/// Kept apart so a script piping `inovasi report --format csv` never gets a message in its data.
struct Console: Sendable {
    /// Writes `text` to standard output as it is.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one message line to standard output, cleaned like any text that may hold data.
    func line(_ text: String) {
        out(Self.clean(text) + "\n")
    }

    /// Writes one message to standard error; a message may quote data or input, so each of its
    /// lines is cleaned of control characters and escape sequences.
    func err(_ text: String) {
        FileHandle.standardError.write(Data((Self.clean(text) + "\n").utf8))
    }

    /// `text` cleaned line by line, keeping its line breaks.
    static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.clean(String($0)) }
            .joined(separator: "\n")
    }

    /// Whether standard output is a terminal (then data text must be cleaned even in CSV).
    var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
