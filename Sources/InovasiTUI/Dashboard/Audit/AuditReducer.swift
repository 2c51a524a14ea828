import InovasiCore

/// The audit view: `H` opens the whole trail (admins and supervisors), `H` in a record's detail
/// that record's trail; `[`/`]` read the newer or older page, `f` narrows it through a form,
/// `Enter` shows one entry with its before and after.
enum AuditReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .auditRequested:
            guard mayRead(&state) else { return [] }
            closeEntries(&state)
            return [.loadAudit(AuditQuery(), offset: 0)]
        case .recordTrailRequested:
            guard mayRead(&state) else { return [] }
            guard let query = recordQuery(state) else { return [] }
            return [.loadAudit(query, offset: 0)]
        case .auditPageMoved(let delta):
            guard case .audit(let page) = state.topOverlay?.kind else { return [] }
            guard let offset = page.offset(moved: delta) else {
                state.showFlash(AuditText.noMorePages, isError: true)
                return []
            }
            return [.loadAudit(page.query, offset: offset)]
        case .auditFilterRequested:
            guard case .audit(let page) = state.topOverlay?.kind else { return [] }
            state.form = .auditFilter(AuditFilterForm(page.query))
            return []
        case .auditEntryOpened:
            guard case .audit(let page) = state.topOverlay?.kind,
                case .historyEntry(let id) = state.topOverlay?.selectedItem,
                let entry = page.entries.first(where: { $0.id == id })
            else { return [] }
            state.overlays.append(Overlay(kind: .auditEntry(entry)))
            return []
        case .auditLoaded(let page):
            return OverlayReducer.show(.audit(page), &state)
        default:
            return []
        }
    }

    /// An entry open over the trail closes when the whole trail is asked for again, so the new list shows.
    static func closeEntries(_ state: inout DashboardState) {
        state.overlays.removeAll {
            if case .auditEntry = $0.kind { return true }
            return false
        }
    }

    /// Admins and supervisors read the trail; the others are told why not.
    static func mayRead(_ state: inout DashboardState) -> Bool {
        let role = state.context.role
        guard role == .admin || role == .supervisor else {
            state.showFlash(AuditText.roleCannotRead(role), isError: true)
            return false
        }
        return true
    }

    /// The trail of the record whose detail is on top: the innovation under the cursor of an OPD's
    /// detail (or the proposal, bidang or session), else the OPD; the proposal of a proposal's detail.
    static func recordQuery(_ state: DashboardState) -> AuditQuery? {
        switch state.topOverlay?.kind {
        case .agency(let detail):
            switch state.topOverlay?.selectedItem {
            case .innovation(let id): return AuditQuery(entity: "innovation", entityID: id)
            case .proposal(let id): return AuditQuery(entity: "proposal", entityID: id)
            case .division(let id): return AuditQuery(entity: "division", entityID: id)
            case .session(let id): return AuditQuery(entity: "mentoring_session", entityID: id)
            default: break
            }
            return AuditQuery(entity: "agency", entityID: detail.agency.id)
        case .proposal(let detail):
            return AuditQuery(entity: "proposal", entityID: detail.proposal.id)
        default:
            return nil
        }
    }
}
