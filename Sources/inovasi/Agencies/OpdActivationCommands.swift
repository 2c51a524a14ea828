import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi opd deactivate CODE`: the OPD leaves the progress pane and `report`, keeping its history.
struct OpdDeactivateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "deactivate", abstract: OpdHelpText.deactivate.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(OpdHelpText.which.current, valueName: "opd"))
    var opd: String

    func run() throws {
        try OpdActivation.run(opd, active: false, global)
    }
}

/// `inovasi opd activate CODE`: undoes `deactivate`.
struct OpdActivateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "activate", abstract: OpdHelpText.activate.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(OpdHelpText.which.current, valueName: "opd"))
    var opd: String

    func run() throws {
        try OpdActivation.run(opd, active: true, global)
    }
}

/// What `deactivate` and `activate` share.
enum OpdActivation {
    static func run(_ opd: String, active: Bool, _ global: GlobalOptions) throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let agency = try OpdInput.agency(opd, option: "OPD", in: store, context)
            let saved = try store.setAgencyActive(id: agency.id, active, by: context.user, now: context.now)
            let message = active ? OpdText.activated(saved.code) : OpdText.deactivated(saved.code)
            context.console.line(message.text(context.language))
        }
    }
}
