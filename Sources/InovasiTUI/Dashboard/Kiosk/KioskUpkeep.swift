import Foundation

/// The kiosk's own clocks: when it last repainted in full and moved against burn-in, where the
/// picture sits now, and how far an unlock sequence has been typed.
public struct KioskUpkeep: Hashable, Sendable {
    /// When the screen was last repainted in full; nil before the first tick.
    public var repaintedAt: Date?
    /// When the picture last moved; nil before the first tick.
    public var shiftedAt: Date?
    /// Which of ``KioskShift/offsets`` the picture is drawn at.
    public var shift = 0
    /// How many keys of the unlock sequence were typed so far, in order.
    public var unlockTyped = 0
    /// When the first key of the sequence being typed came.
    public var unlockStartedAt: Date?

    /// Nothing happened yet.
    public init() {}
}

/// What the kiosk does on each tick besides its round (``KioskReducer``): the periodic full repaint
/// and the burn-in move; and what a key does: nothing, unless it continues the unlock sequence.
enum KioskUpkeepReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        guard case .kioskKeyPressed(let key) = action else { return [] }
        return keyPressed(key, &state)
    }

    /// The tick's upkeep: `.redraw` when a full repaint is due; the next offset when a move is due.
    static func ticked(_ state: inout DashboardState) -> [DashboardEffect] {
        let rules = state.context.kioskRules
        let now = state.now
        let repaint = due(state.kioskUpkeep.repaintedAt, every: rules.redrawInterval, now: now)
        if repaint || state.kioskUpkeep.repaintedAt == nil { state.kioskUpkeep.repaintedAt = now }
        if state.kioskUpkeep.shiftedAt == nil {
            state.kioskUpkeep.shiftedAt = now
        } else if due(state.kioskUpkeep.shiftedAt, every: rules.shiftInterval, now: now) {
            state.kioskUpkeep.shift = (state.kioskUpkeep.shift + 1) % KioskShift.offsets.count
            state.kioskUpkeep.shiftedAt = now
        }
        return repaint ? [.redraw] : []
    }

    /// Whether `interval` (0: never) has passed since `since`; a clock set back starts it again.
    static func due(_ since: Date?, every interval: TimeInterval, now: Date) -> Bool {
        guard let since, interval > 0 else { return false }
        let elapsed = now.timeIntervalSince(since)
        return elapsed >= interval || elapsed < 0
    }

    /// A key on the kiosk: the next of the unlock sequence moves it on (the last one ends the kiosk);
    /// any other key, or a sequence typed too slowly, starts it again. No other key does anything.
    static func keyPressed(_ key: Key, _ state: inout DashboardState) -> [DashboardEffect] {
        let sequence = state.context.kioskRules.unlock
        guard !sequence.isEmpty else { return [] }
        if let started = state.kioskUpkeep.unlockStartedAt,
            state.now.timeIntervalSince(started) > KioskRules.unlockWindow || state.now < started
        {
            state.kioskUpkeep.unlockTyped = 0
        }
        if key == sequence[state.kioskUpkeep.unlockTyped] {
            if state.kioskUpkeep.unlockTyped == 0 { state.kioskUpkeep.unlockStartedAt = state.now }
            state.kioskUpkeep.unlockTyped += 1
        } else {
            state.kioskUpkeep.unlockTyped = key == sequence[0] ? 1 : 0
            state.kioskUpkeep.unlockStartedAt = state.kioskUpkeep.unlockTyped == 1 ? state.now : nil
        }
        guard state.kioskUpkeep.unlockTyped == sequence.count else { return [] }
        state.kioskUpkeep = KioskUpkeep()
        state.wantsQuit = true
        return [.quit]
    }
}
