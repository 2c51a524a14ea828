import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi review history ID`: every audit event of a proposal (who, when, what, note) and every
/// reviewer's scores side by side, with the weighted scores under the config's rules.
struct ReviewHistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "history", abstract: HelpText.reviewHistory.current)
    }

    @OptionGroup var global: GlobalOptions

    /// Every input ArgumentParser does not recognise, so `-5` is refused as a bad number (see ``ReviewTarget``).
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(HelpText.reviewID.current, valueName: "id"))
    var given: [String] = []

    /// The id as typed (validated before `run()`).
    var id: String? { given.first }

    @OptionGroup var output: ActionFormatOptions

    func validate() throws {
        _ = try ReviewInput.single(given)
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let proposalID = try ReviewInput.id(id)
            guard let proposal = try store.proposal(id: proposalID) else {
                throw StoreError.unknownProposal(id: proposalID)
            }
            let events = try store.proposalHistory(proposalID: proposalID)
            let history = HistoryOutput(
                proposal: proposal, assignee: try store.assignee(proposalID: proposalID), events: events,
                scores: try store.scores(proposalID: proposalID), rules: context.settings.scoring,
                style: OutputStyle(context))
            context.console.out(output.json ? try JSONOutput.encode(history.document) : history.text())
        }
    }
}
