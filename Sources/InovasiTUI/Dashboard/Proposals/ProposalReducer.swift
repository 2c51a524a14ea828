import Foundation
import InovasiCore

/// The queue's `+` (a new proposal) and `e` (edit the proposal under the cursor, or the one whose
/// detail is open), by ``ProposalAct``: an admin, or an operator (for its own OPD, which the store
/// checks again); edits only while submitted or back for revision.
enum ProposalReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .proposalNewRequested:
            guard may(.add, &state) else { return [] }
            return [.openProposalForm(nil)]
        case .proposalEditRequested:
            guard let target = ReviewReducer.target(state) else {
                state.showFlash(ReviewText.noProposal, isError: true)
                return []
            }
            guard may(.edit, &state) else { return [] }
            if let status = status(of: target.id, state), !ProposalAct.edit.isAllowed(in: status) {
                state.showFlash(ProposalFormText.notEditable(target.id, status), isError: true)
                return []
            }
            return [.openProposalForm(target.id)]
        case .proposalFormReady(let seed):
            guard !seed.agencies.isEmpty else {
                state.showFlash(ProposalFormText.noAgency, isError: true)
                return []
            }
            state.form = .proposal(ProposalForm(seed, zone: state.context.timeZone))
            return []
        case .proposalSaved(let message, _):
            state.showFlash(message)
            return DataReducer.reloadAfterChange(&state) + [.loadProgress(state.overdueRule)]
        case .proposalRefused(let message):
            state.showFlash(message, isError: true)
            return DataReducer.reloadAfterChange(&state)
        default:
            return []
        }
    }

    /// Submitting or closing the open proposal form.
    static func edit(_ form: ProposalForm, _ intent: FormIntent, _ state: inout DashboardState) -> [DashboardEffect] {
        var open = form
        let zone = state.context.timeZone
        var model = open.form
        let outcome = FormReducer.reduce(&model, intent) { form.issues($0, zone: zone) }
        open.form = model
        open.showDivisions()
        state.form = .proposal(open)
        guard outcome != .stay else { return [] }
        if outcome == .submit, open.agency == nil { return [] }
        state.form = nil
        guard outcome == .submit, let proposal = open.proposal(now: state.now, zone: zone) else { return [] }
        return [.saveProposal(proposal, expectedVersion: open.original?.version)]
    }

    /// The status of the proposal as the screen shows it (its detail, else its queue row).
    static func status(of id: Int64, _ state: DashboardState) -> ProposalStatus? {
        if case .proposal(let detail) = state.topOverlay?.kind, detail.proposal.id == id {
            return detail.proposal.status
        }
        return state.queue.item(at: state.queue.selected).flatMap { $0.id == id ? $0.status : nil }
    }

    /// Whether the person may do `act` at all; says why not (read-only first, then the role).
    static func may(_ act: ProposalAct, _ state: inout DashboardState) -> Bool {
        let role = state.context.role
        return InnovationReducer.may(
            &state, role.map { act.isAllowed(for: $0) } ?? false, or: ProposalFormText.roleCannotAdd(role))
    }
}
