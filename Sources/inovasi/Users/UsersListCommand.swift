import ArgumentParser
import InovasiApp
import InovasiCore

/// `inovasi users list`: every user with role and OPD.
struct UsersListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: HelpText.usersList.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let users = try store.users()
            let codes = Dictionary(
                try store.agencies().map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
            context.console.out(
                try UsersOutput(users: users, codes: codes, style: OutputStyle(context, output)).render(output.value))
        }
    }
}
