import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi proposal withdraw ID [--note …]`: the proposer takes the proposal back (final).
struct ProposalWithdrawCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "withdraw", abstract: ProposalCommandText.withdraw.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(ProposalCommandText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.noteHelp.current, valueName: "text"))
    var note: String = ""

    func run() throws {
        try ProposalEventRunner.run(global, id: id, event: .withdraw, note: note) { saved in
            ProposalMessageText.withdrawn(saved.id)
        }
    }
}

/// `inovasi proposal resubmit ID [--note …]`: after "perlu revisi", the next review round.
struct ProposalResubmitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "resubmit", abstract: ProposalCommandText.resubmit.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(ProposalCommandText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.noteHelp.current, valueName: "text"))
    var note: String = ""

    func run() throws {
        try ProposalEventRunner.run(global, id: id, event: .resubmit, note: note) { saved in
            ProposalMessageText.resubmitted(saved.id, round: saved.round)
        }
    }
}

/// Withdraw and resubmit are status events: both go through ``Store/apply(_:to:expectedVersion:note:by:now:)``,
/// the one path the review commands and the dashboard use too, against the version just read.
enum ProposalEventRunner {
    static func run(
        _ global: GlobalOptions, id: String, event: ProposalEvent, note: String,
        message: (Proposal) -> Localized
    ) throws {
        try InnovationRunner.run(global) { context in
            let number = try ProposalInput.id(id)
            let store = try context.openStore(.readWrite)
            let stored = try ProposalInput.existing(number, store: store, context: context)
            let saved = try store.apply(
                event, to: number, expectedVersion: stored.version, note: note, by: context.user, now: context.now)
            context.console.line(message(saved).text(context.language))
        }
    }
}
