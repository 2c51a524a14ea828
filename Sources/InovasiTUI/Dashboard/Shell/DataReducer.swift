import InovasiCore

/// Takes what the runtime read from the store, and reloads when another process wrote.
enum DataReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .dataVersionRead(let version): return versionRead(version, &state)
        case .dataFileChecked(let status): return fileChecked(status, &state)
        case .roleLoaded(let role):
            state.context.role = role
            return []
        case .loadFailed(let problem):
            state.loadProblem = problem
            return []
        default: return []
        }
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
            case .loadQueue, .loadProposalDetail, .loadAgencyDetail, .loadAudit, .loadAdmin, .loadAdminAgency,
                .loadPlanner:
                true
            default: false
            }
        }
    }

    /// Everything shown, read again: after another process's commit.
    static func reloadEffects(_ state: inout DashboardState) -> [DashboardEffect] {
        let zone = state.context.timeZone
        var effects = PaneID.allCases.flatMap { $0.feature.reload(&state) }
        effects.append(.loadRole(userName: state.context.userName))
        effects += KioskPageReducer.reload(state)
        for overlay in state.overlays {
            switch overlay.kind {
            case .agency(let detail): effects.append(.loadAgencyDetail(detail.agency.id, trend: .recent(state)))
            case .proposal(let detail): effects.append(.loadProposalDetail(detail.proposal.id))
            case .sessions(let detail): effects.append(.loadSessionDay(detail.day, timeZone: zone))
            case .audit(let page): effects.append(.loadAudit(page.query, offset: page.offset))
            case .admin: effects.append(.loadAdmin)
            case .adminAgency(let detail): effects.append(.loadAdminAgency(detail.agency.id))
            case .planner(let view): effects.append(.loadPlanner(setup: view.setup, agencyID: view.agencyID))
            case .help, .auditEntry: break
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
        case .audit: "audit"
        case .auditEntry(let entry): "audit-entry-\(entry.id)"
        case .admin: "admin"
        case .adminAgency(let detail): "admin-agency-\(detail.agency.id)"
        case .planner: "planner"
        }
    }
}
