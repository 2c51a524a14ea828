import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore

/// `inovasi iid [--year Y] [--format table|markdown|csv|json] [--opd CODE] [--top N]`: the
/// estimated index from the store's evidence, what is missing and the ranked actions; Markdown is
/// the briefing for the Wali Kota. Reads only.
struct IIDEstimateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "estimate", abstract: IIDEstimateText.command.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(IIDRulesText.yearOption.current, valueName: "year"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp(IIDEstimateText.formatOption.current, valueName: "table|markdown|csv|json"))
    var format: String = IIDPlanFormat.table.rawValue

    @Option(name: .long, help: ArgumentHelp(IIDEstimateText.opdOption.current, valueName: "code"))
    var opd: String?

    @Option(name: .long, help: ArgumentHelp(IIDEstimateText.topOption.current, valueName: "n"))
    var top: Int = 10

    func validate() throws {
        guard IIDPlanFormat(rawValue: format.lowercased()) != nil else {
            throw InputCheck.refuse(InputText.badFormat(format))
        }
        guard (1...10_000).contains(top) else { throw InputCheck.refuse(IIDEstimateText.badTop(top)) }
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let year = year ?? CalendarDay(containing: context.now, in: context.zone).year
            let rules = try IIDRulesLoader.rules(year: year, location: context.location, language: context.language)
            let formula: IIDFormula
            do throws(IIDIncompleteRules) {
                formula = try IIDFormula(rules)
            } catch {
                throw CLIFailure.input(IIDEstimateText.incomplete(year: year, missing: error.missing), context.language)
            }
            let store = try context.openStore(.readOnly)
            var agency: (id: Int64, name: String)?
            if let opd {
                guard let found = try store.agency(code: opd) else {
                    throw CLIFailure.input(IIDEstimateText.unknownAgency(opd), context.language)
                }
                agency = (found.id, found.name)
            }
            let input = try store.iidPlanInput(year: year, rules: rules, zone: context.zone)
            let report = IIDPlanReport(
                formula: formula, input: input, top: top, agencyID: agency?.id, agencyName: agency?.name,
                city: context.settings.cityName, language: context.language)
            context.console.out(render(report, style: OutputStyle(context)))
        }
    }

    private func render(_ report: IIDPlanReport, style: OutputStyle) -> String {
        switch IIDPlanFormat(rawValue: format.lowercased()) ?? .table {
        case .table: return report.table()
        case .markdown: return report.markdown()
        case .json: return report.json()
        case .csv:
            let (header, rows) = report.csvRows()
            return style.csv(header: header, rows: rows)
        }
    }
}
