import InovasiCore

/// The administration view (admins only): `M` lists every OPD and user; on an OPD `+` adds an OPD,
/// `e` edits it, `A` deactivates or activates it, `Enter` shows its bidang (`+` add, `e` rename,
/// `D` remove); on a user `+` adds a user and `e` changes the role.
enum AdminReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .adminRequested:
            return mayAdminister(&state) ? [.loadAdmin] : []
        case .adminLoaded(let data):
            return OverlayReducer.show(.admin(data), &state)
        case .adminAgencyLoaded(let agency):
            return OverlayReducer.show(.adminAgency(agency), &state)
        case .adminOpened:
            guard case .agency(let id) = state.topOverlay?.selectedItem else { return [] }
            return [.loadAdminAgency(id)]
        case .adminAddRequested, .adminEditRequested, .adminActiveToggled, .adminRemoveRequested:
            guard mayAdminister(&state) else { return [] }
            return request(action, &state)
        case .adminSaved(let message):
            state.showFlash(message)
            return DataReducer.reloadAfterChange(&state) + [.loadProgress(state.overdueRule)]
        case .adminRefused(let message):
            state.showFlash(message, isError: true)
            return DataReducer.reloadAfterChange(&state)
        default:
            return []
        }
    }

    /// The form or change a key asks for on the item under the cursor of the view on top.
    static func request(_ action: DashboardAction, _ state: inout DashboardState) -> [DashboardEffect] {
        let agencies = adminAgencies(state)
        switch (state.topOverlay?.kind, state.topOverlay?.selectedItem, action) {
        case (.admin(let data), .user(let name), .adminEditRequested):
            guard let user = data.users.first(where: { $0.name == name }) else { return [] }
            state.form = .admin(AdminForm(.setRole(user), agencies: agencies))
        case (.admin, .user, .adminAddRequested):
            state.form = .admin(AdminForm(.addUser, agencies: agencies))
        case (.admin, _, .adminAddRequested):
            state.form = .admin(AdminForm(.addAgency, agencies: agencies))
        case (.admin(let data), .agency(let id), .adminEditRequested):
            guard let agency = data.agencies.first(where: { $0.id == id }) else { return [] }
            state.form = .admin(AdminForm(.editAgency(agency), agencies: agencies))
        case (.admin(let data), .agency(let id), .adminActiveToggled):
            guard let agency = data.agencies.first(where: { $0.id == id }) else { return [] }
            return [.changeAdmin(.setActive(id, !agency.isActive))]
        case (.adminAgency(let detail), _, .adminAddRequested):
            state.form = .admin(AdminForm(.addDivision(detail.agency), agencies: agencies))
        case (.adminAgency(let detail), .division(let id), .adminEditRequested):
            guard let division = detail.divisions.first(where: { $0.id == id }) else { return [] }
            state.form = .admin(AdminForm(.renameDivision(division), agencies: agencies))
        case (.adminAgency(let detail), .division(let id), .adminRemoveRequested):
            guard let division = detail.divisions.first(where: { $0.id == id }) else { return [] }
            state.form = .admin(AdminForm(.removeDivision(division), agencies: agencies))
        default:
            state.showFlash(AdminText.nothingSelected, isError: true)
        }
        return []
    }

    /// The OPDs the administration view holds, for the forms' pick lists.
    static func adminAgencies(_ state: DashboardState) -> [Agency] {
        for overlay in state.overlays.reversed() {
            if case .admin(let data) = overlay.kind { return data.agencies }
        }
        return []
    }

    /// Admins only, and never on a read-only store; the others are told why.
    static func mayAdminister(_ state: inout DashboardState) -> Bool {
        let role = state.context.role
        return InnovationReducer.may(&state, role?.canAdminister == true, or: AdminText.roleNotAdmin(role))
    }
}
