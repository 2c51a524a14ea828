import ArgumentParser
import InovasiCore

/// `inovasi innovation`: the office's innovations, their stages, main flags and IID profiles.
struct InnovationCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "innovation", abstract: InnovationText.command.current,
            subcommands: [
                InnovationAddCommand.self, InnovationEditCommand.self, InnovationAdvanceCommand.self,
                InnovationStageCommand.self, InnovationSetMainCommand.self, InnovationUnsetMainCommand.self,
                InnovationStopCommand.self, InnovationResumeCommand.self, InnovationListCommand.self,
                InnovationShowCommand.self,
            ])
    }
}
