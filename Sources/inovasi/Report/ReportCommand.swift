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
    @Option(name: .long, help: ArgumentHelp(ReportCommandText.yearHelp.current, valueName: "year"))
    var year: String?

    func validate() throws {
        let column = try Self.column(sort)
        _ = try Self.behindOnly(only)
        let year = try Self.reportingYear(year)
        if let column, column.needsYear, year == nil {
            throw InputCheck.refuse(ReportCommandText.sortNeedsYear(column.rawValue))
        }
        if trend.trend, let option = Self.tableOnlyOption(sort: sort, reverse: reverse, only: only, year: year) {
            throw InputCheck.refuse(ReportCommandText.notWithTrend(option))
        }
    }

    /// The first option given that only the OPD table reads, which `--trend` would silently ignore.
    static func tableOnlyOption(sort: String?, reverse: Bool, only: String?, year: ReportingYear?) -> String? {
        if sort != nil { return "--sort" }
        if reverse { return "--reverse" }
        if only != nil { return "--only" }
        return year == nil ? nil : "--year"
    }

    /// `--year YYYY`, a year from ``ReportingYear/allowed``; absent gives today's report.
    static func reportingYear(_ text: String?) throws -> ReportingYear? {
        guard let text else { return nil }
        guard let year = ReportingYear(parsing: text) else { throw InputCheck.refuse(ReportCommandText.badYear(text)) }
        return year
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
            let style = OutputStyle(context, output)
            let text = try ReportOutput.load(from: store, style: style, year: try Self.reportingYear(year))
                .ordered(sort: try Self.column(sort), reversed: reverse, behindOnly: try Self.behindOnly(only))
                .render(output.value)
            context.console.out(text)
        }
    }
}
