import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import InovasiTUI

/// Wires a dashboard on a store as `inovasi` does (the same runtime, the same store adapter), over
/// any backend: the in-memory terminal for timings, ncurses on a pseudo-terminal for bytes.
///
/// The clock is fixed at the moment the data was generated around, so every run shows the same
/// screen and no clock tick fires in the middle of a measurement.
struct DashboardFactory {
    let now: Date
    let user: String
    let language: Language
    let settings = Settings.standard

    /// The terminal size the budget is set for.
    static let size = Size(width: 160, height: 48)

    /// The state `inovasi` starts in on this store: this user, this file, the standard rules.
    func state(store: Store) throws -> DashboardState {
        let context = DashboardContext(
            cityName: settings.cityName, userName: user, role: try store.user(named: user)?.role,
            dataPath: store.path, isDemo: false, isReadOnly: store.mode == .readOnly, timeZone: settings.timeZone,
            overdueDays: settings.overdueDays, scoring: settings.scoring)
        return DashboardState(
            context: context, language: language, size: Self.size, now: now, themeName: ThemeCatalog.builtInName)
    }

    /// A runtime on `backend` and `store`, with the built-in theme; not started yet.
    func runtime<Backend: TerminalBackend>(backend: Backend, store: Store) throws -> DashboardRuntime<Backend> {
        let catalog = ThemeCatalog(folders: [])
        let fixed = now
        return DashboardRuntime(
            backend: backend, data: StoreDashboardSource(store: store), state: try state(store: store),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { fixed })
    }
}
