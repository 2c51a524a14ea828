import Foundation
import InovasiCore

/// Runs the dashboard: events from the terminal become actions, the reducer changes the state,
/// effects read the store, and each frame is rendered whole into a Canvas for the backend.
///
/// Generic over the backend, so tests and the benchmark drive whole sessions in memory.
public final class DashboardRuntime<Backend: TerminalBackend> {
    /// The current state; readable so tests can check what a session of events led to.
    public private(set) var state: DashboardState
    /// The last frame drawn.
    public private(set) var canvas: Canvas
    let backend: Backend
    let effects: DashboardEffectRunner
    var themes: ThemeSwitcher
    let clock: () -> Date
    /// How long to wait for a key before the clock and the store are checked again.
    let tickMilliseconds: Int
    var lastTick: Date
    /// The state the last frame was drawn from, its clock cut to ``clockResolution``: a tick that
    /// leaves it unchanged draws nothing, so an idle screen costs next to no CPU.
    var drawnState: DashboardState?
    /// The finest step of time a frame shows: the header's clock shows minutes.
    static var clockResolution: TimeInterval { 60 }
    /// The kiosk's finest step: its next-page bar grows by the second.
    static var kioskResolution: TimeInterval { 1 }

    /// A runtime over `backend` reading from `data`. Without a `desk` (and `innovations`) the dashboard
    /// is read-only: every review (and innovation) change is refused. `tickMilliseconds` is how long to wait for a key before checking the
    /// clock and the store; `clock` lets tests fix the time. A `keyMap` replaces the one in the state's
    /// context (the standard one unless set), so the keys, the help and the hints all follow it.
    public init(
        backend: Backend, data: DashboardDataSource, desk: ReviewDesk? = nil, innovations: InnovationDesk? = nil,
        admin: AdminDesk? = nil, proposals: ProposalDesk? = nil, sessions: SessionDesk? = nil,
        calendarExport: CalendarExportDesk? = nil, config: ConfigSource? = nil, iid: IIDDesk? = nil,
        state: DashboardState,
        themes: ThemeSwitcher,
        keyMap: KeyMap? = nil, tickMilliseconds: Int = 1_000, clock: @escaping () -> Date = Date.init
    ) {
        self.backend = backend
        self.effects = DashboardEffectRunner(
            data: data, desk: desk, innovations: innovations, admin: admin, proposals: proposals,
            sessions: sessions, calendarExport: calendarExport, config: config, iid: iid)
        self.state = state
        self.themes = themes
        if let keyMap { self.state.context.keyMap = keyMap }
        self.tickMilliseconds = tickMilliseconds
        self.clock = clock
        self.lastTick = state.now
        self.state.size = KioskFrame.layoutSize(screen: backend.size, self.state)
        self.state.themeName = themes.name
        self.canvas = Canvas(size: backend.size)
    }

    /// Loads the data and draws the first frame.
    public func start() {
        dispatch(DashboardReducer.start(state))
        draw()
    }

    /// Runs until the person quits or a termination signal arrives.
    public func run() {
        start()
        while !state.wantsQuit {
            handle(backend.nextEvent(timeoutMilliseconds: tickMilliseconds))
        }
    }

    /// Handles one terminal event and draws the resulting frame.
    public func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key):
            if state.context.isKiosk { send(.kioskKeyPressed(key)) }
            if !state.wantsQuit, let action = state.context.keyMap.action(for: key, in: KeyMap.context(of: state)) {
                send(action)
            }
            if clock().timeIntervalSince(lastTick) >= Double(tickMilliseconds) / 1_000 { tick() }
        case .resize(let size): send(.resized(KioskFrame.layoutSize(screen: size, state)))
        case .tick:
            tick()
            if !state.wantsQuit, drawnState != Self.frameKey(state) { draw() }
            return
        case .terminate: send(.quitRequested)
        }
        if !state.wantsQuit { draw() }
    }

    /// Most actions one ``send(_:)`` handles, its effects' results included: far more than any
    /// key needs, so a chain of loads that never settles ends instead of freezing the screen.
    static var chainLimit: Int { 256 }

    /// Sends one action through the reducer and runs its effects, and theirs, to the end, or until
    /// ``chainLimit`` actions were handled: then the rest is dropped and the status line says so.
    public func send(_ action: DashboardAction) {
        var pending = [action]
        var handled = 0
        while !pending.isEmpty {
            guard handled < Self.chainLimit else {
                _ = DashboardReducer.reduce(
                    into: &state, action: .loadFailed(DashboardText.loadsUnsettled))
                return
            }
            handled += 1
            let next = pending.removeFirst()
            let produced = DashboardReducer.reduce(into: &state, action: next)
            pending += perform(produced)
        }
    }

    func tick() {
        lastTick = clock()
        send(.ticked(lastTick))
    }

    func dispatch(_ list: [DashboardEffect]) {
        for action in perform(list) { send(action) }
    }

    /// Runs effects; returns the actions that report their results.
    func perform(_ list: [DashboardEffect]) -> [DashboardAction] {
        var results: [DashboardAction] = []
        for effect in list {
            switch effect {
            case .redraw:
                backend.invalidate()
                drawnState = nil
            case .quit: break
            case .cycleTheme: results.append(.themeChanged(themes.cycle()))
            case .selectTheme(let request):
                let name = themes.select(request)
                results.append(
                    themes.selection.warning.map { .problemShown($0.message) } ?? .themeChanged(name))
            default: results += effects.run(effect)
            }
        }
        return results
    }

    func draw() {
        canvas = KioskFrame.render(
            state, screen: backend.size, theme: themes.resolved(for: backend.colorDepth, glyphs: backend.glyphs))
        backend.draw(canvas)
        drawnState = Self.frameKey(state)
    }

    /// `state` with its clock cut to ``clockResolution`` (``kioskResolution`` in the kiosk) and without the kiosk's timers (only its
    /// burn-in offset is drawn): what a frame drawn from it depends on.
    static func frameKey(_ state: DashboardState) -> DashboardState {
        var key = state
        key.kioskUpkeep = KioskUpkeep()
        key.kioskUpkeep.shift = state.kioskUpkeep.shift
        let seconds = state.now.timeIntervalSinceReferenceDate
        let step = state.context.isKiosk ? kioskResolution : clockResolution
        key.now = Date(timeIntervalSinceReferenceDate: (seconds / step).rounded(.down) * step)
        return key
    }
}
