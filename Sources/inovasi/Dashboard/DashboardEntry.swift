import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import InovasiTUI
import NcursesTerminal

/// Where the bare `inovasi` hands over to the dashboard: checks the terminal before drawing,
/// wires the store, the theme and ncurses into the runtime, and always restores the terminal.
enum DashboardEntry {
    /// How the dashboard is to run.
    struct Launch {
        var settings: Settings
        var language: Language
        var isDemo: Bool
        /// `--theme`: a name or a file; nil for the default.
        var theme: String?
        /// Seconds between views when running as a kiosk; nil for the interactive dashboard.
        var kioskInterval: Int?
        /// Where standard error goes while the dashboard draws.
        var logPath: String
        /// The office's holidays (its `holidays.yaml`) or the shipped list.
        var holidays: HolidayCalendar = .shipped
        /// The config file `Ctrl-R` (and the kiosk, when it changes) reads again.
        var configPlace: ConfigPlace
        /// Whether `--lang` chose the language, which a reload then keeps.
        var languageGiven = false
        /// Whether `kiosk --interval` chose the interval, which a reload then keeps.
        var intervalGiven = false
        /// The kiosk's repaints, burn-in moves and unlock sequence, read from `kiosk:`.
        var kioskRules: KioskRules = .standard
        /// The IID rules of this year (the office's file or the shipped one), or why there are none.
        var iid: Result<IIDRules, CLIFailure>?
    }

    /// Runs the dashboard on `store` and returns the exit status: 0 after `q` or a termination
    /// signal (Ctrl-\\ too, except on the kiosk, which ignores it), 1 when there is no usable
    /// terminal (with a message naming why). A program too busy to answer a signal within a second
    /// is ended by the terminal's watchdog instead (see DECISIONS.md).
    static func run(store: Store, _ launch: Launch) throws -> Int32 {
        let language = launch.language
        let profile: TerminalProfile
        do {
            profile = try TerminalCheck().run()
        } catch {
            FileHandle.standardError.write(Data((error.message.text(language) + "\n").utf8))
            return 1
        }
        let catalog = ThemeCatalog.standard()
        let selection = catalog.select(launch.theme ?? launch.settings.theme)
        let state = try initialState(store: store, launch)
        let log = ErrorLog(path: launch.logPath)
        defer { log?.restore() }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(
                profile: profile, quitSignal: launch.kioskInterval == nil ? .terminates : .ignored,
                rawKeys: launch.kioskInterval != nil, language: language)
        } catch {
            log?.restore()
            FileHandle.standardError.write(Data((error.message.text(language) + "\n").utf8))
            return 1
        }
        defer { terminal.shutdown() }
        let source = StoreDashboardSource(
            store: store, actor: state.context.userName, zone: launch.settings.timeZone,
            scoring: launch.settings.scoring)
        let runtime = DashboardRuntime(
            backend: terminal, data: source, desk: store.mode == .readOnly ? nil : source,
            innovations: store.mode == .readOnly ? nil : source, admin: store.mode == .readOnly ? nil : source,
            proposals: store.mode == .readOnly ? nil : source, sessions: store.mode == .readOnly ? nil : source,
            calendarExport: StoreCalendarExport(store: store, home: Home.folder(ProcessInfo.processInfo.environment)),
            config: FileConfigSource(
                place: launch.configPlace, settings: launch.settings, languageFixed: launch.languageGiven,
                themeFixed: launch.theme != nil,
                intervalFixed: launch.intervalGiven, applied: { source.scoring = $0.scoring }),
            iid: source,
            state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: selection))
        if let warning = selection.warning {
            runtime.send(.problemShown(warning.message))
        }
        if case .failure(let failure) = launch.iid, !state.context.isKiosk {
            runtime.send(.problemShown(Localized(verbatim: failure.message)))
        }
        if CrashTestHook.isRequested {
            runtime.start()
            CrashTestHook.crash()
        }
        runtime.run()
        terminal.shutdown()
        log?.restore()
        if let warning = selection.warning {
            FileHandle.standardError.write(Data((warning.message.text(language) + "\n").utf8))
        }
        return 0
    }

    /// The state the dashboard starts in: who is looking, at which file, under which rules.
    static func initialState(store: Store, _ launch: Launch) throws -> DashboardState {
        let user = Store.currentUserName()
        let settings = launch.settings
        let known = try store.user(named: user)
        var context = DashboardContext(
            cityName: settings.cityName, userName: user, role: known?.role,
            dataPath: store.path, isDemo: launch.isDemo, isReadOnly: store.mode == .readOnly,
            isKiosk: launch.kioskInterval != nil, timeZone: settings.timeZone, overdueDays: settings.overdueDays,
            scoring: settings.scoring, kioskInterval: launch.kioskInterval ?? settings.kioskInterval)
        context.userAgencyID = known?.agencyID
        context.userIsExternal = known?.isExternal ?? false
        context.holidays = launch.holidays
        context.keyMap = (try? KeyConfig.keyMap(settings, file: launch.configPlace.path)) ?? .standard
        context.kiosk = settings.kiosk
        context.kioskRules = launch.kioskRules
        if case .success(let rules) = launch.iid { context.iid = IIDSetup(rules: rules) }
        var state = DashboardState(
            context: context, language: launch.language, size: Size(width: 80, height: 24), now: Date(),
            themeName: ThemeCatalog.builtInName)
        // An operator works for one OPD: the queue opens on its proposals (the filter can widen it).
        if let known, known.role.needsAgency, let id = known.agencyID, let agency = try store.agency(id: id) {
            state.queue.query.agencyCode = agency.code
        }
        return state
    }
}
