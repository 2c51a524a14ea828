import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi proposal edit ID [--title …] …`: changes only the fields given, while the proposal is
/// submitted or back for revision (an admin, or an operator of its OPD).
struct ProposalEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: ProposalCommandText.edit.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(ProposalCommandText.idHelp.current, valueName: "id"))
    var id: String

    @OptionGroup var fields: ProposalFieldOptions

    @Flag(name: .long, help: ArgumentHelp(ProposalCommandText.noBidangHelp.current))
    var noBidang = false

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try ProposalInput.id(id)
            let store = try context.openStore(.readWrite)
            let stored = try ProposalInput.existing(number, store: store, context: context)
            var edited = try fields.applied(to: stored, zone: context.zone, input: TextInputSource())
            try place(&edited, store: store, context: context)
            let saved = try store.editProposal(
                edited, expectedVersion: stored.version, by: context.user, now: context.now)
            let message =
                saved == stored
                ? ProposalMessageText.unchanged(number) : ProposalMessageText.edited(number, version: saved.version)
            context.console.line(message.text(context.language))
        }
    }

    /// The OPD and bidang: a new OPD drops the bidang unless `--bidang` names one of the new OPD's.
    private func place(_ edited: inout Proposal, store: Store, context: CommandContext) throws {
        var agency: Agency?
        if let opd = fields.opd {
            let found = try ProposalInput.agency(opd, store: store, context: context)
            if found.id != edited.agencyID { edited.divisionID = nil }
            edited.agencyID = found.id
            agency = found
        }
        if noBidang { edited.divisionID = nil }
        if let bidang = fields.bidang {
            guard let owner = try agency ?? store.agency(id: edited.agencyID) else { return }
            edited.divisionID = try InnovationInput.division(bidang, of: owner, store: store, context: context).id
        }
    }
}
