import ArgumentParser
import InovasiCore

/// `inovasi users set-role NAME ROLE [--opd OPD]`: changes a user's role, and the OPD they work
/// for when `--opd` is given (an operator needs one) (admin only).
struct UsersSetRoleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set-role", abstract: HelpText.usersSetRole.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.userName.current, valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp(HelpText.userRole.current, valueName: "role"))
    var role: String

    @Option(name: .long, help: ArgumentHelp(HelpText.userOPD.current, valueName: "opd"))
    var opd: String?

    func validate() throws {
        _ = try UserInput.name(name)
        _ = try UserInput.role(role)
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let chosen = try UserInput.role(role)
            let agencyID = try opd.map { text in
                guard let agency = try store.agencyLookup().agency(named: text) else {
                    throw CLIFailure.input(InputText.unknownOPD(text, path: context.storePath), context.language)
                }
                return agency.id
            }
            try store.setRole(of: name, to: chosen, agencyID: agencyID, by: context.user, now: context.now)
            context.console.line(StoreMessageText.roleSet(name, role: chosen).text(context.language))
        }
    }
}
