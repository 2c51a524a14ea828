import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi proposal show ID [--format text|json]`: every field, then every review round with
/// its scores (the recommendation from the current round's only) and the whole history.
struct ProposalShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: ProposalCommandText.show.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(ProposalCommandText.idHelp.current, valueName: "id"))
    var id: String

    @OptionGroup var output: ActionFormatOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try ProposalInput.id(id)
            let store = try context.openStore(.readOnly)
            let proposal = try ProposalInput.existing(number, store: store, context: context)
            let events = try
                (store.auditLog(entity: "proposal", id: number)
                + store.auditLog(entity: "review_score", id: number)).sorted { $0.id < $1.id }
            let history = HistoryOutput(
                proposal: proposal, assignee: try store.assignee(proposalID: number), events: events,
                scores: try store.scores(proposalID: number), rules: context.settings.scoring,
                style: OutputStyle(context))
            let agency = try store.agency(id: proposal.agencyID)
            let division = try proposal.divisionID.flatMap { id in
                try store.divisions(agencyID: proposal.agencyID).first { $0.id == id }
            }
            if output.json {
                context.console.out(
                    try JSONOutput.encode(ProposalShowDocument(proposal: proposal, history: history.document)))
                return
            }
            let fields = ProposalFields(
                proposal: proposal, agency: agency?.name ?? "#\(proposal.agencyID)", division: division?.name,
                assignee: history.assignee, style: OutputStyle(context))
            context.console.out(fields.text() + "\n" + history.text())
        }
    }
}

/// `proposal show --format json`: the proposal as stored, and its history with every round's scores.
struct ProposalShowDocument: Encodable {
    var proposal: Proposal
    var history: HistoryDocument
}

/// The proposal's fields, one per line, label then value.
struct ProposalFields {
    let proposal: Proposal
    let agency: String
    let division: String?
    let assignee: String?
    let style: OutputStyle

    private func day(_ date: Date) -> String { CalendarDay(containing: date, in: style.zone).description }

    func text() -> String {
        let language = style.language
        let rows: [(Localized, String)] = [
            (ColumnText.queueID, String(proposal.id)), (InnovationColumnText.title, proposal.title),
            (ProposalMessageText.status, proposal.status.label.text(language)),
            (ProposalMessageText.round, "\(proposal.round) · v\(proposal.version)"),
            (ProposalMessageText.submitted, day(proposal.submittedAt)), (InnovationColumnText.opd, agency),
            (InnovationColumnText.bidang, division ?? "–"),
            (InnovationColumnText.form, proposal.form.label.text(language)),
            (InnovationColumnText.kind, proposal.kind.label.text(language)),
            (
                InnovationColumnText.initiator,
                proposal.initiatorName + " (\(proposal.initiatorKind.label.text(language)))"
            ),
            (
                ProposalMessageText.proposer,
                [proposal.proposerName, proposal.proposerContact].compactMap { $0 }.joined(separator: " · ")
            ),
            (InnovationColumnText.affair, proposal.affair),
            (InnovationColumnText.budget, NumberText.rupiah(proposal.budget, language)),
            (ProposalMessageText.plannedTrial, proposal.plannedTrialOn.map(day) ?? "–"),
            (ProposalMessageText.plannedImplementation, proposal.plannedImplementationOn.map(day) ?? "–"),
            (ProposalMessageText.assignee, assignee ?? "–"),
            (InnovationColumnText.design, proposal.design), (InnovationColumnText.goal, proposal.goal),
            (InnovationColumnText.benefit, proposal.benefit), (InnovationColumnText.result, proposal.expectedResult),
        ]
        let labels = rows.map { $0.0.text(language) }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, rows).map { label, row in
            let value = row.1.isEmpty ? "–" : row.1
            return label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Sanitizer.clean(value)
        }.joined(separator: "\n") + "\n"
    }
}
