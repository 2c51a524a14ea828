import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi opd add CODE --name … --kind … [--short-name …] [--parent KEC]`: adds an OPD (admin only).
struct OpdAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: OpdHelpText.add.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(OpdHelpText.code.current, valueName: "code"))
    var code: String

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.name.current, valueName: "text"))
    var name: String

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.shortName.current, valueName: "text"))
    var shortName: String?

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.kind.current, valueName: "kind"))
    var kind: String

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.parent.current, valueName: "code"))
    var parent: String?

    func validate() throws {
        let chosen = try OpdInput.kind(kind)
        try OpdInput.checkParent(parent, kind: chosen)
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let parentID = try parent.map { try OpdInput.agency($0, option: "--parent", in: store, context).id }
            let agency = Agency(
                code: code, name: name, kind: try OpdInput.kind(kind), parentID: parentID, shortName: shortName ?? "")
            let saved = try store.addAgency(agency, by: context.user, now: context.now)
            context.console.line(OpdText.added(saved.code, name: saved.name).text(context.language))
        }
    }
}
