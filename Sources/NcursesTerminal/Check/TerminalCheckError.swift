import InovasiCore

/// Why the dashboard cannot start on this terminal; each case carries a message for the person.
public enum TerminalCheckError: Error, Hashable, Sendable {
    /// Standard input or output is not a terminal (a pipe, a file, a cron job).
    case notATerminal
    /// `TERM` is missing or empty.
    case termUnset
    /// terminfo does not know the `TERM` value.
    case termUnknown(String)
    /// The terminal cannot address the cursor (`TERM=dumb`, an editor's shell buffer).
    case termDumb(String)
    /// ncurses refused to start the screen although terminfo knew the terminal.
    case startFailed(String)
    /// Another screen is already running in this process; there is only one terminal.
    case alreadyRunning

    /// What to tell the person, in both languages, with the way out (`inovasi report`).
    public var message: Localized {
        switch self {
        case .notATerminal: TerminalText.terminalNotInteractive
        case .termUnset: TerminalText.terminalTypeUnset
        case .termUnknown(let name): TerminalText.terminalTypeUnknown(Sanitizer.clean(name))
        case .termDumb(let name): TerminalText.terminalTypeDumb(Sanitizer.clean(name))
        case .startFailed(let name): TerminalText.terminalStartFailed(Sanitizer.clean(name))
        case .alreadyRunning: TerminalText.terminalAlreadyRunning
        }
    }
}
