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

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let text = try ReportOutput.load(from: store, style: OutputStyle(context, output)).render(output.value)
            context.console.out(text)
        }
    }
}
