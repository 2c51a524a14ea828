import ArgumentParser
import InovasiCore

/// `inovasi users`: who may use the store and in which role.
struct UsersCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "users", abstract: HelpText.usersCommand.current,
            subcommands: [UsersAddCommand.self, UsersListCommand.self, UsersSetRoleCommand.self])
    }
}

/// Checks shared by the `users` subcommands.
enum UserInput {
    /// A role by its raw name, any case.
    static func role(_ text: String) throws -> Role {
        guard let role = Role.allCases.first(where: { $0.rawValue == text.lowercased() }) else {
            throw InputCheck.refuse(InputText.badRole(text))
        }
        return role
    }

    /// A Unix login name as `useradd` accepts by default: starts with a lower-case letter or `_`,
    /// then lower-case letters, digits, `_`, `.`, `-`; at most 32. `Siti` is refused, not stored
    /// beside `siti` as a second person nobody can log in as.
    static func name(_ text: String) throws -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_.-")
        guard let first = text.first, first.isLowercase || first == "_", text.count <= 32,
            text.allSatisfy({ allowed.contains($0) })
        else { throw InputCheck.refuse(InputText.badUserName(text)) }
        return text
    }
}
