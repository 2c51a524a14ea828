/// What SIGQUIT (Ctrl-\ on the keyboard) does while the terminal runs.
///
/// Left alone, SIGQUIT reaches Swift's crash reporter, which on a terminal stops and offers a
/// debugger prompt: nothing a person at the dashboard, or a passer-by at a kiosk, should get.
public enum QuitSignalAction: Sendable {
    /// Ends the program like `q`: ``NcursesTerminal/nextEvent(timeoutMilliseconds:)`` returns
    /// `.terminate`, as for SIGTERM.
    case terminates
    /// Nothing happens at all; for the kiosk, which only SIGTERM, SIGINT and SIGHUP stop.
    case ignored
}
