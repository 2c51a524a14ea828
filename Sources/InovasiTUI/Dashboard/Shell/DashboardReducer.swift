import Foundation
import InovasiCore

/// The only place the dashboard state changes: `reduce(into:action:)` returns the effects to run.
public enum DashboardReducer {
    /// Seconds a flash message stays in the status line.
    static let flashSeconds: TimeInterval = 4

    /// The effects that load everything when the dashboard starts.
    public static func start(_ state: DashboardState) -> [DashboardEffect] {
        let visible = DashboardLayout(state: state).visibleRows(.queue)
        return [
            .readDataVersion, .loadProgress, QueueReducer.window(for: state.queue, visible: visible),
            .loadSessions(month: state.calendar.selectedDay.firstOfMonth),
        ]
    }

    /// Applies `action` to `state` and returns the work the runtime must do.
    public static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        defer { DocumentKeeper.keep(&state) }
        if state.form != nil, let effects = FormReducer.reduce(into: &state, action) { return effects }
        if state.prompt != nil, let effects = PromptReducer.reduce(into: &state, action) { return effects }
        if let effects = ReviewReducer.reduce(into: &state, action) { return effects }
        switch action {
        case .resized(let size): return resized(&state, size)
        case .ticked(let now): return ticked(&state, now)
        case .redrawRequested: return [.redraw]
        case .quitRequested:
            state.wantsQuit = true
            return [.quit]
        case .helpShown: return toggleHelp(&state)
        case .themeCycled: return [.cycleTheme]
        case .themeChanged(let name):
            state.themeName = name
            flash(&state, DashboardText.themeChanged(name).text(state.language))
            return []
        case .problemShown(let text):
            flash(&state, text, isError: true)
            return []
        case .languageToggled:
            state.language = state.language == .id ? .en : .id
            flash(&state, DashboardText.languageChanged.text(state.language))
            return []
        case .paneFocused, .paneFocusedNext, .paneFocusedPrevious, .zoomToggled:
            return focus(&state, action)
        case .closed: return close(&state)
        case .searchStarted: return startSearch(&state)
        case .nextMatchShown, .previousMatchShown: return jumpToMatch(&state, forward: action == .nextMatchShown)
        default: return DataReducer.reduce(into: &state, action) ?? routeToFocused(&state, action)
        }
    }

    /// Sends list, calendar and open actions to the overlay on top, or to the focused pane.
    static func routeToFocused(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        let layout = DashboardLayout(state: state)
        if let top = state.overlays.indices.last {
            DocumentKeeper.keep(&state)
            return OverlayReducer.reduce(&state.overlays[top], action, visible: layout.overlayLines)
        }
        if action == .opened { return open(&state) }
        switch state.focus {
        case .progress:
            return ProgressReducer.reduce(&state.progress, action, visible: layout.visibleRows(.progress))
        case .queue:
            return QueueReducer.reduce(&state.queue, action, visible: layout.visibleRows(.queue))
        case .calendar:
            return CalendarReducer.reduce(&state.calendar, action, today: state.today)
        }
    }

    static func resized(_ state: inout DashboardState, _ size: Size) -> [DashboardEffect] {
        state.size = size
        let layout = DashboardLayout(state: state)
        ProgressReducer.select(&state.progress, state.progress.selected, visible: layout.visibleRows(.progress))
        let queueEffects = QueueReducer.select(&state.queue, state.queue.selected, visible: layout.visibleRows(.queue))
        return [.redraw] + queueEffects
    }

    static func ticked(_ state: inout DashboardState, _ now: Date) -> [DashboardEffect] {
        state.now = now
        if let flash = state.flash, flash.expires <= now { state.flash = nil }
        if state.context.isKiosk { return KioskReducer.advance(&state) + [.checkDataFile, .readDataVersion] }
        return QueueReducer.settleCount(state.queue) + [.readDataVersion]
    }

    static func focus(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        guard state.overlays.isEmpty else { return [] }
        switch action {
        case .paneFocused(let pane): state.focus = pane
        case .paneFocusedNext: state.focus = state.focus.next
        case .paneFocusedPrevious: state.focus = state.focus.previous
        case .zoomToggled: state.isZoomed.toggle()
        default: break
        }
        return refit(&state)
    }

    /// After the pane rectangles change, keeps selections visible and rows loaded.
    static func refit(_ state: inout DashboardState) -> [DashboardEffect] {
        resized(&state, state.size).filter { $0 != .redraw }
    }

    static func toggleHelp(_ state: inout DashboardState) -> [DashboardEffect] {
        if state.topOverlay?.kind == .help {
            state.overlays.removeLast()
        } else {
            state.overlays.append(Overlay(kind: .help))
        }
        return []
    }

    /// `Esc`: closes the top overlay, then leaves zoom, then clears the focused pane's filter.
    static func close(_ state: inout DashboardState) -> [DashboardEffect] {
        if !state.overlays.isEmpty {
            state.overlays.removeLast()
        } else if state.isZoomed {
            state.isZoomed = false
            return refit(&state)
        } else if state.focus == .progress, !state.progress.filter.isEmpty {
            ProgressReducer.filter(&state.progress, "", visible: DashboardLayout(state: state).visibleRows(.progress))
        } else if state.focus == .queue, !state.queue.query.text.isEmpty {
            return QueueReducer.filter(&state.queue, "", visible: DashboardLayout(state: state).visibleRows(.queue))
        }
        return []
    }

    /// `Enter`: opens the detail of what is selected in the focused pane.
    static func open(_ state: inout DashboardState) -> [DashboardEffect] {
        switch state.focus {
        case .progress:
            return state.progress.selectedRow.map { [.loadAgencyDetail($0.id)] } ?? []
        case .queue:
            return state.queue.item(at: state.queue.selected).map { [.loadProposalDetail($0.id)] } ?? []
        case .calendar:
            if CalendarReducer.agenda(state.calendar, timeZone: state.context.timeZone).isEmpty {
                flash(&state, DashboardText.noSessionsThatDay.text(state.language))
                return []
            }
            return [.loadSessionDay(state.calendar.selectedDay)]
        }
    }

    static func startSearch(_ state: inout DashboardState) -> [DashboardEffect] {
        if let overlay = state.topOverlay {
            guard overlay.kind != .help else { return [] }
            state.prompt = SearchPrompt(target: .overlay, text: overlay.search)
        } else {
            let current: String =
                switch state.focus {
                case .progress: state.progress.filter
                case .queue: state.queue.query.text
                case .calendar: state.calendarSearch
                }
            state.prompt = SearchPrompt(target: .pane(state.focus), text: current)
        }
        return []
    }

    /// `n` / `N`: the next or previous match of the last search, in the overlay or the focused pane.
    static func jumpToMatch(_ state: inout DashboardState, forward: Bool) -> [DashboardEffect] {
        let layout = DashboardLayout(state: state)
        if let top = state.overlays.indices.last {
            DocumentKeeper.keep(&state)
            if !OverlayReducer.jump(&state.overlays[top], forward: forward, visible: layout.overlayLines) {
                flash(&state, DashboardText.noMatch.text(state.language), isError: true)
            }
            return []
        }
        switch state.focus {
        case .calendar:
            let needle = state.calendarSearch
            guard !needle.isEmpty,
                let day = CalendarReducer.matchingDay(
                    state.calendar, needle, forward: forward, timeZone: state.context.timeZone)
            else {
                flash(&state, DashboardText.noMatch.text(state.language), isError: true)
                return []
            }
            return CalendarReducer.show(&state.calendar, day)
        case .progress, .queue:
            return routeToFocused(&state, .rowMoved(forward ? 1 : -1))
        }
    }

    /// Shows `text` in the status line for a few seconds.
    static func flash(_ state: inout DashboardState, _ text: String, isError: Bool = false) {
        state.flash = Flash(text: text, isError: isError, expires: state.now.addingTimeInterval(flashSeconds))
    }
}
