import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi innovation show ID`: every field of one innovation and its dated stage history.
struct InnovationShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: InnovationText.show.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try InnovationInput.id(id)
            let store = try context.openStore(.readOnly)
            let innovation = try InnovationInput.existing(number, store: store, context: context)
            let details = InnovationDetails(
                innovation: innovation, history: try store.stageHistory(of: number), names: try InnovationNames(store),
                style: OutputStyle(context, output))
            context.console.out(try details.render(output.value))
            if try store.isRemoved(.innovation, id: number) {
                // On standard error, so the data on standard output stays as every other show writes it.
                context.console.err(RemovalText.shownRemoved("innovation", number).text(context.language))
            }
        }
    }
}
