import Foundation

/// Where a command writes: results to standard output, messages to standard error.
///
/// Kept apart so a script piping `inovasi report --format csv` never gets a message in its data.
struct Console: Sendable {
    /// Writes `text` to standard output as it is.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one message line to standard error.
    func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard output is a terminal (then data text must be cleaned even in CSV).
    var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
