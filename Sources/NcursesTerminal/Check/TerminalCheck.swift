import Foundation
import InovasiTUI

/// Decides before anything is drawn whether the dashboard can run here, and with how many colours.
///
/// Starting ncurses on a pipe, an unknown `TERM` or a dumb terminal either exits the process with
/// ncurses' own message or draws garbage; this check turns each case into a clear, typed error.
public struct TerminalCheck {
    private let environment: [String: String]
    private let probe: any TerminalProbe

    /// Creates a check over `environment` (normally the process's) and `probe` (normally the system).
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        probe: any TerminalProbe = SystemTerminalProbe()
    ) {
        self.environment = environment
        self.probe = probe
    }

    /// The terminal's profile, or the reason the dashboard cannot run on it.
    public func run() throws(TerminalCheckError) -> TerminalProfile {
        guard probe.isTerminal(0), probe.isTerminal(1) else { throw .notATerminal }
        guard let name = environment["TERM"], !name.isEmpty else { throw .termUnset }
        guard let entry = probe.lookUp(name) else { throw .termUnknown(name) }
        guard entry.hasCursorAddressing, name != "dumb" else { throw .termDumb(name) }
        return TerminalProfile(name: name, colorDepth: Self.colorDepth(colors: entry.colors, environment: environment))
    }

    /// The colour depth for a terminal with `colors` colours under `environment`.
    ///
    /// `NO_COLOR` (any value) turns colour off. True colour is not offered: ncurses can only show
    /// it through `-direct` terminfo entries, so RGB colours are mapped to the 256-colour palette.
    public static func colorDepth(colors: Int, environment: [String: String]) -> ColorDepth {
        if environment["NO_COLOR"] != nil { return .none }
        switch colors {
        case 256...: return .palette256
        case 16..<256: return .sixteen
        case 8..<16: return .eight
        default: return .none
        }
    }
}
