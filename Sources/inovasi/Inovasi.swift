import ArgumentParser
import Foundation
import InovasiCore

/// The `inovasi` command: the dashboard when run bare, and the subcommands for scripts and admins.
@main
struct Inovasi: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "inovasi",
            abstract: HelpText.root.current,
            discussion: HelpText.rootDiscussion.current,
            subcommands: [
                InitCommand.self, DemoCommand.self, ReportCommand.self, QueueCommand.self, SessionsCommand.self,
                CheckCommand.self, BackupCommand.self, RestoreCommand.self, UsersCommand.self, ReviewCommand.self,
                KioskCommand.self,
            ])
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var dashboard: DashboardOptions

    func run() throws {
        CrashReporting.restartIfNeeded()
        try CommandRunner.run(global) { context in
            let code = try DashboardLauncher.launch(context, theme: dashboard.theme)
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// Runs the command like ArgumentParser does, except that its own usage errors (unknown option,
    /// missing value) exit with 1 like every other bad input, not with 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console().err(fullMessage(for: error))
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }
}
