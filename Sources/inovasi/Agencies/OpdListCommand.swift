import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi opd list [--all]`: the active OPDs with their bidang; `--all` adds the deactivated ones.
struct OpdListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: OpdHelpText.list.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Flag(name: .long, help: ArgumentHelp(OpdHelpText.all.current))
    var all = false

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let agencies = try store.agencies()
            let divisions = Dictionary(grouping: try store.divisions(), by: \.agencyID)
            let output = OpdOutput(
                agencies: agencies.filter { all || $0.isActive }, codes: agencies, divisions: divisions,
                style: OutputStyle(context, self.output))
            context.console.out(try output.render(self.output.value))
        }
    }
}
