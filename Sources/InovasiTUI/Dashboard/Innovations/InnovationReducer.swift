import InovasiCore

/// The innovation keys of an OPD's detail, on the innovation under the cursor: `>` moves it one
/// stage on, `m` makes it the main innovation of its OPD (or bidang) or takes that away, `+` and
/// `e` open the innovation form (``InnovationEditor``), `r` resumes a stopped one. The rules
/// are InovasiCore's (``StageRule``, an admin for the main flag); the store checks them again.
enum InnovationReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .stageAdvanceRequested:
            guard let innovation = selected(&state), mayAdvance(&state) else { return [] }
            return [.advanceStage(innovation.id)]
        case .stageBackRequested:
            guard let innovation = selected(&state), mayMoveBack(&state) else { return [] }
            guard let form = StageBackForm(innovation) else {
                state.showFlash(InnovationKeysText.atFirstStage, isError: true)
                return []
            }
            state.form = .stageBack(form)
            return []
        case .mainToggled:
            guard let innovation = selected(&state), mayAdminister(&state) else { return [] }
            return [.setMain(innovation.id, !innovation.isMain)]
        case .innovationAddRequested:
            guard case .agency(let detail) = state.topOverlay?.kind else {
                state.showFlash(InnovationFormText.noAgency, isError: true)
                return []
            }
            guard mayChange(&state) else { return [] }
            state.form = .innovation(
                InnovationEditor(
                    agency: detail.agency, divisions: detail.divisions, editing: nil, zone: state.context.timeZone,
                    today: state.today))
            return []
        case .innovationEditRequested:
            guard let innovation = selected(&state), mayChange(&state),
                case .agency(let detail) = state.topOverlay?.kind
            else { return [] }
            state.form = .innovation(
                InnovationEditor(
                    agency: detail.agency, divisions: detail.divisions, editing: innovation,
                    zone: state.context.timeZone, today: state.today))
            return []
        case .innovationResumeRequested:
            guard let innovation = selected(&state), mayChange(&state) else { return [] }
            guard !innovation.profile.isActive else {
                state.showFlash(InnovationFormText.notStopped, isError: true)
                return []
            }
            return [.resumeInnovation(innovation.id)]
        case .innovationSaved(let message):
            if case .innovation = state.form { state.form = nil }
            state.showFlash(message)
            return DataReducer.reloadAfterChange(&state) + [.loadProgress(state.overdueRule)]
        case .innovationRefused(let message):
            if case .innovation(var editor) = state.form {
                editor.form.addError(message, field: nil)
                state.form = .innovation(editor)
            }
            state.showFlash(message, isError: true)
            return DataReducer.reloadAfterChange(&state)
        default:
            return []
        }
    }

    /// The innovation under the cursor of the OPD detail on top; says what to do when there is none.
    static func selected(_ state: inout DashboardState) -> Innovation? {
        guard case .agency(let detail) = state.topOverlay?.kind,
            case .innovation(let id) = state.topOverlay?.selectedItem,
            let innovation = detail.innovations.first(where: { $0.id == id })
        else {
            state.showFlash(InnovationKeysText.noInnovation, isError: true)
            return nil
        }
        return innovation
    }

    static func mayAdvance(_ state: inout DashboardState) -> Bool {
        let role = state.context.role
        return may(
            &state, role.map { StageRule.isAllowed(.advance, for: $0) } ?? false,
            or: InnovationKeysText.roleCannotAdvance(role))
    }

    static func mayMoveBack(_ state: inout DashboardState) -> Bool {
        let role = state.context.role
        let allowed = role.map { StageRule.isAllowed(.back(to: .initiative), for: $0) } ?? false
        return may(&state, allowed, or: InnovationKeysText.roleCannotMoveBack(role))
    }

    /// Adding, editing and resuming: admins only, as the store's `Permission.requireAdmin` says.
    static func mayChange(_ state: inout DashboardState) -> Bool {
        let role = state.context.role
        return may(&state, role?.canAdminister == true, or: InnovationFormText.roleNotAdmin(role))
    }

    static func mayAdminister(_ state: inout DashboardState) -> Bool {
        let role = state.context.role
        return may(&state, role?.canAdminister == true, or: InnovationKeysText.roleNotAdmin(role))
    }

    /// Whether a change may be asked for: the store is writable and the role is `allowed`; when not,
    /// the status line says why (read-only first, then `refusal`).
    static func may(_ state: inout DashboardState, _ allowed: Bool, or refusal: Localized) -> Bool {
        if state.context.isReadOnly {
            state.showFlash(ReviewText.readOnly, isError: true)
            return false
        }
        if !allowed { state.showFlash(refusal, isError: true) }
        return allowed
    }
}
