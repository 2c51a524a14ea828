import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi proposal add --title … --opd … --form … --kind … --affair … --design … --goal …
/// --benefit … --result …`: a new proposal in the queue, submitted, round 1 (an admin, or an
/// operator for their own OPD).
struct ProposalAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: ProposalCommandText.add.current)
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var fields: ProposalFieldOptions

    /// The options a new proposal cannot do without (the store names any other empty field).
    func validate() throws {
        let required: [(String, Bool)] = [
            ("--title", fields.title != nil), ("--opd", fields.opd != nil), ("--form", fields.form != nil),
            ("--kind", fields.kind != nil), ("--affair", fields.affair != nil),
            ("--design", fields.texts.gives("--design")), ("--goal", fields.texts.gives("--goal")),
            ("--benefit", fields.texts.gives("--benefit")), ("--result", fields.texts.gives("--result")),
        ]
        if let missing = required.first(where: { !$0.1 }) {
            throw InputCheck.refuse(ProposalMessageText.missing(missing.0))
        }
    }

    func run() throws {
        try InnovationRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let agency = try ProposalInput.agency(fields.opd ?? "", store: store, context: context)
            let division = try fields.bidang.map {
                try InnovationInput.division($0, of: agency, store: store, context: context)
            }
            let blank = Proposal(
                title: "", agencyID: agency.id, divisionID: division?.id, initiatorKind: .agency,
                initiatorName: agency.name, form: .publicService, kind: .digital, affair: "", design: "", goal: "",
                benefit: "", expectedResult: "", budget: 0, submittedAt: context.now)
            let proposal = try fields.applied(to: blank, zone: context.zone, input: TextInputSource())
            let saved = try store.addProposal(proposal, by: context.user, now: context.now)
            context.console.line(ProposalMessageText.added(saved.id, saved.title).text(context.language))
        }
    }
}
