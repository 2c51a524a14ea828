import ArgumentParser
import InovasiCore

/// `inovasi check`: the store's integrity check for cron jobs and backups; exit status 2 on a problem.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: HelpText.checkCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let problems = try store.check()
            let language = context.language
            guard !problems.isEmpty else {
                context.console.line(Localized.checkClean(context.storePath).text(language))
                return
            }
            var table = TextTable(columns: [
                TextTable.Column(Localized.problemKindHeading.text(language)),
                TextTable.Column(Localized.problemDetailHeading.text(language)),
            ])
            for problem in problems { table.add([problem.kind, problem.detail]) }
            context.console.out(table.render())
            throw CLIFailure(
                message: Localized.checkProblems(context.storePath, count: problems.count).text(language), exitCode: 2)
        }
    }
}
