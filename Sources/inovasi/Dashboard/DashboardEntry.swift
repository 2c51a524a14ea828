import Foundation
import InovasiCore
import InovasiStore

/// Where the bare `inovasi` hands over to the dashboard.
///
/// This version only explains itself; the dashboard replaces this file.
enum DashboardEntry {
    /// Runs the dashboard on `store` and returns the exit status.
    static func run(store: Store, settings: Settings, language: Language, isDemo: Bool) throws -> Int32 {
        let console = Console()
        guard TerminalCheck.isInteractive(environment: ProcessInfo.processInfo.environment) else {
            console.err(Localized.dashboardNeedsTerminal.text(language))
            return 1
        }
        console.err(Localized.dashboardNotBuilt.text(language))
        return 1
    }
}
