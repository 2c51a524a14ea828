import InovasiCore

/// Who may take and decide, asked before the store is (which asks the same rule in its
/// transaction): ``ReviewAct/refusal(for:holder:)``.
extension ReviewReducer {
    /// The person as the rule sees them, when the store knows their role.
    static func person(_ state: DashboardState) -> User? {
        state.context.role.map {
            User(
                name: state.context.userName, role: $0, agencyID: state.context.userAgencyID,
                isExternal: state.context.userIsExternal)
        }
    }

    /// Whether the person may take proposals: an external member may not; says so when refused.
    static func mayHold(_ state: inout DashboardState) -> Bool {
        guard let person = person(state), ReviewAct.event(.take).refusal(for: person, holder: nil) != nil else {
            return true
        }
        state.showFlash(ReviewText.externalMayOnlyScore, isError: true)
        return false
    }

    /// Whether the person may decide `target`: its holder or an admin, never an external member.
    static func mayDecide(_ state: inout DashboardState, _ target: Target) -> Bool {
        guard let person = person(state) else { return true }
        switch ReviewAct.event(.approve).refusal(for: person, holder: target.holder) {
        case nil: return true
        case .external: state.showFlash(ReviewText.externalMayOnlyScore, isError: true)
        case .notHolder(let holder): state.showFlash(ReviewText.notHolder(target.id, holder: holder), isError: true)
        }
        return false
    }
}
