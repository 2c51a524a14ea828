import ArgumentParser
import InovasiCore

/// `inovasi review take ID`: takes a proposal into review, held by the user running it.
struct ReviewTakeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "take", abstract: HelpText.reviewTake.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: ReviewTarget
    @OptionGroup var output: ActionFormatOptions

    func run() throws {
        try ReviewRunner.apply(.take, target, note: nil, format: output, global: global)
    }
}
