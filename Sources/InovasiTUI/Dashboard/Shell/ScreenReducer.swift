import Foundation
import InovasiCore

/// The whole screen: size, clock, theme, language, focus, zoom, quitting and `Esc`.
enum ScreenReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .resized(let size): return resized(&state, size)
        case .ticked(let now): return ticked(&state, now)
        case .redrawRequested: return [.redraw]
        case .quitRequested:
            state.wantsQuit = true
            return [.quit]
        case .themeCycled: return [.cycleTheme]
        case .themeChanged(let name):
            state.themeName = name
            state.showFlash(DashboardText.themeChanged(name))
            return []
        case .problemShown(let message):
            state.showFlash(message, isError: true)
            return []
        case .languageToggled:
            state.language = state.language.other
            // A message on screen is re-translated where it stands; only with none does `L` say
            // which language is now in force.
            if state.flash == nil { state.showFlash(DashboardText.languageChanged) }
            return []
        case .closed: return close(&state)
        default: return focus(&state, action)
        }
    }

    static func resized(_ state: inout DashboardState, _ size: Size) -> [DashboardEffect] {
        state.size = size
        return PaneID.allCases.reduce([.redraw]) { effects, pane in effects + pane.feature.refit(&state) }
    }

    static func ticked(_ state: inout DashboardState, _ now: Date) -> [DashboardEffect] {
        let oldToday = state.today
        state.now = now
        if let flash = state.flash, flash.expires <= now { state.flash = nil }
        let midnight = CalendarReducer.rolledOver(&state, from: oldToday) + CalendarLoading.nextStarted(state)
        if state.context.isKiosk {
            return midnight + KioskReducer.advance(&state) + KioskPageReducer.agendaIfStale(&state)
                + KioskUpkeepReducer.ticked(&state) + [
                    .reloadConfig(onlyIfChanged: true), .checkDataFile, .readDataVersion,
                ]
        }
        return midnight + QueueReducer.settleCount(state.queue, QueueScope(state)) + [.readDataVersion]
    }

    static func focus(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        guard state.overlays.isEmpty else { return [] }
        switch action {
        case .paneFocused(let pane): state.focus = pane
        case .paneFocusedNext: state.focus = state.focus.next
        case .paneFocusedPrevious: state.focus = state.focus.previous
        case .zoomToggled: state.isZoomed.toggle()
        default: return []
        }
        return refit(&state)
    }

    /// After the pane rectangles change, keeps selections visible and rows loaded.
    static func refit(_ state: inout DashboardState) -> [DashboardEffect] {
        resized(&state, state.size).filter { $0 != .redraw }
    }

    /// `Esc`: closes the top overlay; in the queue, clears the marks before anything else (so a bulk
    /// key never acts on marks the person forgot); then leaves zoom, then clears the pane's filter.
    static func close(_ state: inout DashboardState) -> [DashboardEffect] {
        if !state.overlays.isEmpty {
            state.overlays.removeLast()
        } else if state.focus == .queue, !state.queue.marks.isEmpty {
            state.queue.marks = [:]
            state.queue.markAnchor = nil
        } else if state.isZoomed {
            state.isZoomed = false
            return refit(&state)
        } else if let effects = state.focus.feature.clearFilter(&state) {
            return effects
        }
        return []
    }
}
