import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore

/// `inovasi report --trend [--opd CODE] [--months N | --from YYYY-MM --to YYYY-MM]`: proposals in,
/// decisions and stage moves per month, of one OPD or the city.
struct TrendOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(ReportCommandText.trendHelp.current))
    var trend = false

    @Option(name: .long, help: ArgumentHelp(ReportCommandText.opdHelp.current, valueName: "code"))
    var opd: String?

    @Option(name: .long, help: ArgumentHelp(ReportCommandText.monthsHelp.current, valueName: "n"))
    var months: Int?

    @Option(name: .long, help: ArgumentHelp(ReportCommandText.fromHelp.current, valueName: "YYYY-MM"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(ReportCommandText.toHelp.current, valueName: "YYYY-MM"))
    var to: String?

    /// The most months one trend shows: ten years.
    static let maxMonths = 120
    /// Months shown when nothing says otherwise.
    static let defaultMonths = 12

    func validate() throws {
        guard trend else {
            if opd != nil || months != nil || from != nil || to != nil {
                throw InputCheck.refuse(ReportCommandText.trendOnly)
            }
            return
        }
        _ = try range(current: YearMonth(containing: Date(), in: .gmt))
    }

    /// The first and last month shown, `current` being this month in the office's zone.
    func range(current: YearMonth) throws -> (first: YearMonth, last: YearMonth) {
        if let months, !(1...Self.maxMonths).contains(months) {
            throw InputCheck.refuse(ReportCommandText.badMonths(months, most: Self.maxMonths))
        }
        let start = try Self.month(from, option: "--from")
        let end = try Self.month(to, option: "--to")
        let count = months ?? Self.defaultMonths
        let first: YearMonth
        let last: YearMonth
        switch (start, end) {
        case (let start?, let end?):
            if months != nil { throw InputCheck.refuse(ReportCommandText.monthsWithRange) }
            (first, last) = (start, end)
        case (let start?, nil): (first, last) = (start, start.adding(months: count - 1))
        case (nil, let end?): (first, last) = (end.adding(months: 1 - count), end)
        case (nil, nil): (first, last) = (current.adding(months: 1 - count), current)
        }
        guard first <= last else {
            throw InputCheck.refuse(ReportCommandText.backwardRange(from: first.description, to: last.description))
        }
        guard first.distance(to: last) < Self.maxMonths else {
            throw InputCheck.refuse(ReportCommandText.badMonths(first.distance(to: last) + 1, most: Self.maxMonths))
        }
        return (first, last)
    }

    /// The month in `text` (`YYYY-MM`), or a refusal naming `option`.
    static func month(_ text: String?, option: String) throws -> YearMonth? {
        guard let text else { return nil }
        guard let month = YearMonth(iso: text) else {
            throw InputCheck.refuse(ReportCommandText.badMonth(text, option: option))
        }
        return month
    }

    /// Prints the trend of this run.
    func run(_ global: GlobalOptions, _ output: FormatOptions) throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            var agency: Agency?
            if let opd {
                guard let found = try store.agency(code: opd) else {
                    throw CLIFailure.input(InputText.unknownOPD(opd, path: context.storePath), context.language)
                }
                agency = found
            }
            let style = OutputStyle(context, output)
            let (first, last) = try range(current: YearMonth(containing: context.now, in: context.zone))
            let text = try TrendOutput.load(from: store, agency: agency, first: first, last: last, style: style)
                .render(output.value)
            context.console.out(text)
        }
    }
}
