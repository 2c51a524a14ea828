import InovasiCore

/// Loads what the proposal form needs and saves it, reporting each save as done (with what
/// happened) or refused (why).
struct ProposalEffectRunner {
    let desk: ProposalDesk

    func run(_ effect: DashboardEffect) -> [DashboardAction] {
        do {
            switch effect {
            case .openProposalForm(let id):
                let proposal = try id.map { try desk.proposal($0) }
                let seed = ProposalFormSeed(
                    agencies: try desk.agencies(), divisions: try desk.divisions(), proposal: proposal)
                return [.proposalFormReady(seed)]
            case .saveProposal(let proposal, let expectedVersion?):
                let saved = try desk.edit(proposal, expectedVersion: expectedVersion)
                return [.proposalSaved(ProposalFormText.edited(saved.id), id: saved.id)]
            case .saveProposal(let proposal, nil):
                let saved = try desk.add(proposal)
                return [.proposalSaved(ProposalFormText.added(saved.id, saved.title), id: saved.id)]
            default:
                return []
            }
        } catch let refusal as ReviewRefusal {
            return [.proposalRefused(refusal.localized)]
        } catch {
            return [.proposalRefused(DashboardText.unexpected(String(describing: error)))]
        }
    }
}
