import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi opd edit CODE [--code …] [--name …] [--short-name …] [--kind …] [--parent KEC]`: corrects
/// an OPD (admin only); what is not given stays as it is.
struct OpdEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: OpdHelpText.edit.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(OpdHelpText.which.current, valueName: "opd"))
    var opd: String

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.newCode.current, valueName: "code"))
    var code: String?

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.name.current, valueName: "text"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.shortName.current, valueName: "text"))
    var shortName: String?

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.kind.current, valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp(OpdHelpText.parent.current, valueName: "code"))
    var parent: String?

    func validate() throws {
        if let kind { _ = try OpdInput.kind(kind) }
        if [code, name, shortName, kind, parent].allSatisfy({ $0 == nil }) {
            throw InputCheck.refuse(OpdText.nothingToEdit)
        }
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            var agency = try OpdInput.agency(opd, option: "OPD", in: store, context)
            if let code { agency.code = code }
            if let name { agency.name = name }
            if let shortName { agency.shortName = shortName }
            if let kind { agency.kind = try OpdInput.kind(kind) }
            if let parent {
                agency.parentID = try OpdInput.agency(parent, option: "--parent", in: store, context).id
            } else if agency.kind != .kelurahan {
                agency.parentID = nil
            }
            let saved = try store.editAgency(agency, by: context.user, now: context.now)
            context.console.line(OpdText.edited(saved.code, name: saved.name).text(context.language))
        }
    }
}
