import ArgumentParser
import InovasiCore

/// `inovasi proposal`: entering and correcting proposals (usulan), and reading one in full.
struct ProposalCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "proposal", abstract: ProposalCommandText.command.current,
            subcommands: [
                ProposalAddCommand.self, ProposalEditCommand.self, ProposalWithdrawCommand.self,
                ProposalResubmitCommand.self, ProposalShowCommand.self,
            ])
    }
}
