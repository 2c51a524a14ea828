import ArgumentParser
import InovasiCore

/// `inovasi users add NAME --role R [--opd OPD] [--external]`: adds a user (admin only); an operator
/// names its OPD; an external member of the tim independen is a reviewer with none.
struct UsersAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: HelpText.usersAdd.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.userName.current, valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp(HelpText.userRole.current, valueName: "role"))
    var role: String

    @Option(name: .long, help: ArgumentHelp(HelpText.userOPD.current, valueName: "code"))
    var opd: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.userDisplayName.current, valueName: "text"))
    var displayName: String?

    @Flag(name: .long, help: ArgumentHelp(HelpText.userExternal.current))
    var external = false

    func validate() throws {
        _ = try UserInput.name(name)
        _ = try UserInput.role(role)
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            if external, try UserInput.role(role) != .reviewer || opd != nil {
                throw CLIFailure.input(InputText.externalReviewerOnly, context.language)
            }
            let store = try context.openStore(.readWrite)
            var agencyID: Int64?
            if let opd {
                guard let agency = try store.agencyLookup().agency(named: opd) else {
                    throw CLIFailure.input(InputText.unknownOPD(opd, path: context.storePath), context.language)
                }
                agencyID = agency.id
            }
            let chosen = try UserInput.role(role)
            let user = User(
                name: name, role: chosen, agencyID: agencyID, displayName: displayName ?? "", isExternal: external)
            try store.addUser(user, by: context.user, now: context.now)
            context.console.line(StoreMessageText.userAdded(name, role: chosen).text(context.language))
        }
    }
}
