import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// The work of the `review` subcommands that change one proposal: open the store read-write,
/// act as the Unix user, and say what happened (or let ``CommandRunner`` say why not).
enum ReviewRunner {
    /// The command name of an event in `review` (and in its JSON `action`).
    static func commandName(_ event: ProposalEvent) -> String {
        switch event {
        case .requestRevision: "revise"
        default: event.rawValue
        }
    }

    /// Applies `event` to the target proposal against the expected (or current) version.
    static func apply(
        _ event: ProposalEvent, _ target: ReviewTarget, note: String?, format: ActionFormatOptions,
        global: GlobalOptions
    ) throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let expected = try target.expectedVersion(in: store)
            let proposal = try store.apply(
                event, to: target.proposalID, expectedVersion: expected, note: note ?? "", by: context.user,
                now: context.now)
            let innovation =
                event == .approve
                ? try store.innovations(agencyID: proposal.agencyID).first { $0.proposalID == proposal.id } : nil
            let assignee = try store.assignee(proposalID: proposal.id)
            if format.json {
                let item = ReviewedProposal(proposal, assignee: assignee, innovationID: innovation?.id)
                let result = ReviewResult(action: commandName(event), user: context.user, proposals: [item])
                context.console.out(try JSONOutput.encode(result))
                return
            }
            let language = context.language
            context.console.line(
                ReviewMessageText.reviewDone(
                    event, id: proposal.id, user: context.user, status: proposal.status, version: proposal.version
                ).text(language))
            if let innovation {
                let code =
                    try store.agencies().first { $0.id == innovation.agencyID }?.code ?? "#\(innovation.agencyID)"
                context.console.line(
                    ReviewMessageText.innovationCreated(id: innovation.id, stage: innovation.stage, agency: code).text(
                        language)
                )
            }
        }
    }
}
