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
                CheckCommand.self, BackupCommand.self, RestoreCommand.self, UsersCommand.self, OpdCommand.self,
                ReviewCommand.self, InnovationCommand.self, ProposalCommand.self, KioskCommand.self, ImportCommand.self,
                ExportCommand.self, AuditHistoryCommand.self, RemoveCommand.self, ConfigCommand.self, IIDCommand.self,
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
    /// missing value) exit with 1 like every other bad input, not with 64, and that its texts (help
    /// headings, usage errors) are in the language of this run (``ParserText``).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let message = ParserText.translate(fullMessage(for: error), to: ProcessLanguage.current)
            let code = exitCode(for: error)
            if code == .success {
                if !message.isEmpty { Console().out(message + "\n") }
                Foundation.exit(0)
            }
            if !message.isEmpty { Console().err(message) }
            Foundation.exit(code == .validationFailure ? 1 : code.rawValue)
        }
    }
}
