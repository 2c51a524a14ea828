import ArgumentParser
import Foundation
import InovasiCore

/// `inovasi iid`: the Indeks Inovasi Daerah planner; for now the rules of each year (`rules`,
/// `check`), which every later part scores with.
struct IIDCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "iid", abstract: IIDRulesText.command.current,
            subcommands: [
                IIDEstimateCommand.self, IIDRulesCommand.self, IIDCheckCommand.self, IIDSetCommand.self,
                IIDEvidenceCommand.self,
            ],
            defaultSubcommand: IIDEstimateCommand.self)
    }
}

/// `inovasi iid rules [--year Y | --file F] [--format table|json|markdown|yaml]`: the rules in force.
struct IIDRulesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rules", abstract: IIDRulesText.rulesCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(IIDRulesText.yearOption.current, valueName: "year"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp(IIDRulesText.fileOption.current, valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp(IIDRulesText.formatOption.current, valueName: "table|json|markdown"))
    var format: String = IIDRulesFormat.table.rawValue

    func validate() throws {
        guard IIDRulesFormat(rawValue: format.lowercased()) != nil else {
            throw InputCheck.refuse(InputText.badFormat(format))
        }
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let rules: IIDRules
            if let file {
                rules = try IIDRulesLoader.file(file, language: context.language)
            } else {
                let year = year ?? CalendarDay(containing: context.now, in: context.zone).year
                rules = try IIDRulesLoader.rules(year: year, location: context.location, language: context.language)
            }
            let output = IIDRulesOutput(rules: rules, language: context.language)
            context.console.out(output.render(IIDRulesFormat(rawValue: format.lowercased()) ?? .table))
        }
    }
}

/// `inovasi iid check FILE`: "baik"/"OK" and 0, or the first problem with its line and key and 1.
struct IIDCheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: IIDRulesText.checkCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(IIDRulesText.fileOption.current, valueName: "file"))
    var file: String

    func run() throws {
        try CommandRunner.run(global) { context in
            let rules = try IIDRulesLoader.file(file, language: context.language)
            context.console.line(IIDRulesText.clean(file: file, year: rules.year).text(context.language))
        }
    }
}
