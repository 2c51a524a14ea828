import ArgumentParser
import InovasiCore

/// `inovasi review`: the reviewer's work from the command line, for batch work and for tests, with
/// the dashboard's rules, messages and exit statuses.
struct ReviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "review", abstract: HelpText.reviewCommand.current,
            discussion: HelpText.reviewDiscussion.current,
            subcommands: [
                ReviewTakeCommand.self, ReviewScoreCommand.self, ReviewApproveCommand.self, ReviewReviseCommand.self,
                ReviewRejectCommand.self, ReviewUndoCommand.self, ReviewAssignCommand.self,
                ReviewUnassignCommand.self, ReviewHistoryCommand.self,
            ])
    }
}
