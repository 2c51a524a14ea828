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
        let known = try store.user(named: user)
        var context = DashboardContext(
            cityName: settings.cityName, userName: user, role: known?.role, dataPath: store.path, isDemo: false,
            isReadOnly: store.mode == .readOnly, timeZone: settings.timeZone, overdueDays: settings.overdueDays,
            scoring: settings.scoring, kioskInterval: settings.kioskInterval)
        context.userAgencyID = known?.agencyID
        context.userIsExternal = known?.isExternal ?? false
        return DashboardState(
            context: context, language: language, size: Self.size, now: now, themeName: ThemeCatalog.builtInName)
    }

    /// A runtime on `backend` and `store`, with the built-in theme; not started yet. The store is
    /// both the data source and, when writable, the review desk, as in `inovasi`. `clock` replaces the
    /// fixed clock (the pseudo-terminal child moves it on to measure a clock tick).
    func runtime<Backend: TerminalBackend>(
        backend: Backend, store: Store, clock: (() -> Date)? = nil
    ) throws -> DashboardRuntime<Backend> {
        let catalog = ThemeCatalog(folders: [])
        let fixed = now
        let source = StoreDashboardSource(
            store: store, actor: user, zone: settings.timeZone, scoring: settings.scoring)
        return DashboardRuntime(
            backend: backend, data: source, desk: store.mode == .readOnly ? nil : source,
            state: try state(store: store), themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)),
            clock: clock ?? { fixed })
    }

    /// A kiosk on `backend` and `store` as `inovasi kiosk` wires it: read-only, its round and its
    /// checks on the real clock (an idle kiosk is only idle in real time), the standard kiosk rules.
    func kiosk<Backend: TerminalBackend>(backend: Backend, store: Store) throws -> DashboardRuntime<Backend> {
        let catalog = ThemeCatalog(folders: [])
        var state = try state(store: store)
        state.now = Date()
        state.context.isKiosk = true
        state.context.isReadOnly = true
        let source = StoreDashboardSource(
            store: store, actor: user, zone: settings.timeZone, scoring: settings.scoring)
        return DashboardRuntime(
            backend: backend, data: source, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)))
    }
}
