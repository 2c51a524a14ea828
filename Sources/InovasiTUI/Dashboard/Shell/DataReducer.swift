import InovasiCore

/// Takes what the runtime read from the store, and reloads when another process wrote.
enum DataReducer {
    /// Handles data actions; nil for any other action.
    static func reduce(into state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect]? {
        let layout = DashboardLayout(state: state)
        switch action {
        case .progressLoaded:
            markLoaded(&state)
            return ProgressReducer.reduce(&state.progress, action, visible: layout.visibleRows(.progress))
        case .queueLoaded, .queueRowsLoaded, .queueCounted:
            markLoaded(&state)
            return QueueReducer.reduce(&state.queue, action, visible: layout.visibleRows(.queue))
        case .sessionsLoaded:
            markLoaded(&state)
            return CalendarReducer.reduce(&state.calendar, action, today: state.today)
        case .agencyDetailLoaded(let detail): return show(.agency(detail), &state)
        case .proposalDetailLoaded(let detail): return show(.proposal(detail), &state)
        case .sessionDayLoaded(let detail): return show(.sessions(detail), &state)
        case .dataVersionRead(let version): return versionRead(version, &state)
        case .dataFileChecked(let status): return fileChecked(status, &state)
        case .roleLoaded(let role):
            state.context.role = role
            return []
        case .loadFailed(let problem):
            state.loadProblem = problem
            return []
        default: return nil
        }
    }

    static func markLoaded(_ state: inout DashboardState) {
        state.loadedAt = state.now
        state.loadProblem = nil
    }

    /// Opens a detail, or refreshes it in place when it is already open (a reload).
    static func show(_ kind: OverlayKind, _ state: inout DashboardState) -> [DashboardEffect] {
        if let index = state.overlays.firstIndex(where: { $0.kind.identity == kind.identity }) {
            state.overlays[index].kind = kind
        } else {
            state.overlays.append(Overlay(kind: kind))
        }
        return []
    }

    /// A new data version means another process committed: reload what is shown.
    static func versionRead(_ version: Int, _ state: inout DashboardState) -> [DashboardEffect] {
        defer { state.dataVersion = version }
        guard let old = state.dataVersion, old != version else { return [] }
        return reloadEffects(&state)
    }

    /// A problem with the file stays shown until the file is back; a replacing store is read in full.
    static func fileChecked(_ status: DataFileStatus, _ state: inout DashboardState) -> [DashboardEffect] {
        switch status {
        case .unchanged:
            state.fileProblem = nil
            return []
        case .reopened:
            state.fileProblem = nil
            state.dataVersion = nil
            return reloadEffects(&state)
        case .missing, .truncated, .unreadable:
            state.fileProblem = status
            return []
        }
    }

    /// What a review change touches, read again at once: the queue and the open details. The OPD
    /// table and the calendar follow on the next tick, when the store's data version shows the
    /// commit, so the key that made the change is not kept waiting for the whole city's counts.
    static func reloadAfterChange(_ state: inout DashboardState) -> [DashboardEffect] {
        reloadEffects(&state).filter {
            switch $0 {
            case .loadQueue, .loadProposalDetail, .loadAgencyDetail: true
            default: false
            }
        }
    }

    /// Everything shown, read again: after another process's commit.
    static func reloadEffects(_ state: inout DashboardState) -> [DashboardEffect] {
        let visible = DashboardLayout(state: state).visibleRows(.queue)
        var effects: [DashboardEffect] = [
            .loadProgress,
            .loadQueue(offset: state.queue.page.offset, limit: max(state.queue.page.items.count, visible * 3)),
            .loadSessions(month: state.calendar.selectedDay.firstOfMonth), .loadRole,
        ]
        state.calendar.loadedMonth = nil
        for overlay in state.overlays {
            switch overlay.kind {
            case .agency(let detail): effects.append(.loadAgencyDetail(detail.agency.id))
            case .proposal(let detail): effects.append(.loadProposalDetail(detail.proposal.id))
            case .sessions(let detail): effects.append(.loadSessionDay(detail.day))
            case .help: break
            }
        }
        return effects
    }
}

extension OverlayKind {
    /// What the overlay shows, regardless of the loaded contents: refreshes replace in place.
    var identity: String {
        switch self {
        case .agency(let detail): "agency-\(detail.agency.id)"
        case .proposal(let detail): "proposal-\(detail.proposal.id)"
        case .sessions(let detail): "sessions-\(detail.day)"
        case .help: "help"
        }
    }
}
