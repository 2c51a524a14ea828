import ArgumentParser
import InovasiCore

/// `inovasi users set-role NAME ROLE`: changes a user's role (admin only).
struct UsersSetRoleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set-role", abstract: HelpText.usersSetRole.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.userName.current, valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp(HelpText.userRole.current, valueName: "role"))
    var role: String

    func validate() throws {
        _ = try UserInput.name(name)
        _ = try UserInput.role(role)
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let chosen = try UserInput.role(role)
            try store.setRole(of: name, to: chosen, by: context.user, now: context.now)
            context.console.line(StoreMessageText.roleSet(name, role: chosen).text(context.language))
        }
    }
}
