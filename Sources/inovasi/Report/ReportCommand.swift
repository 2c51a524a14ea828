import ArgumentParser
import InovasiApp
import InovasiCore

/// `inovasi report`: the per-OPD progress table, for a meeting or a script.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: HelpText.reportCommand.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp(ReportCommandText.sortHelp.current, valueName: "column"))
    var sort: String?

    @Flag(name: .long, help: ArgumentHelp(ReportCommandText.reverseHelp.current))
    var reverse = false

    @Option(name: .long, help: ArgumentHelp(ReportCommandText.onlyHelp.current, valueName: "behind"))
    var only: String?

    @OptionGroup var trend: TrendOptions

    func validate() throws {
        _ = try Self.column(sort)
        _ = try Self.behindOnly(only)
    }

    /// `--sort COLUMN`, any case; `opd` is the name. Absent keeps the usual order.
    static func column(_ text: String?) throws -> ReportSortColumn? {
        guard let text else { return nil }
        let value = text.lowercased() == "opd" ? "name" : text.lowercased()
        guard let column = ReportSortColumn(rawValue: value) else {
            throw InputCheck.refuse(ReportCommandText.badSort(text))
        }
        return column
    }

    /// `--only behind`; absent lists every OPD.
    static func behindOnly(_ text: String?) throws -> Bool {
        guard let text else { return false }
        guard text.lowercased() == "behind" else { throw InputCheck.refuse(ReportCommandText.badOnly(text)) }
        return true
    }

    func run() throws {
        if trend.trend { return try trend.run(global, output) }
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let text = try ReportOutput.load(from: store, style: OutputStyle(context, output))
                .ordered(sort: try Self.column(sort), reversed: reverse, behindOnly: try Self.behindOnly(only))
                .render(output.value)
            context.console.out(text)
        }
    }
}
