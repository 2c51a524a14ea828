import ArgumentParser
import InovasiCore

/// `inovasi report`: the per-OPD progress table, for a meeting or a script.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: HelpText.reportCommand.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let overdueDays = context.settings.overdueDays
            let rows = try store.progress(now: context.now, overdueDays: overdueDays)
            let agencies = try store.agencies()
            let report = ProgressReport(rows: rows, totalAgency: ProgressReport.totalAgency(context.language))
            let codes = Dictionary(agencies.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
            let text = try ReportOutput(report: report, codes: codes, style: OutputStyle(context)).render(output.value)
            context.console.out(text)
        }
    }
}
