import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi backup FILE`: a consistent copy of the store while others may write; never overwrites.
struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: HelpText.backupCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.backupFile.current, valueName: "file"))
    var file: String

    func run() throws {
        try CommandRunner.run(global) { context in
            let target = CommandContext.absolute(file, home: Home.folder(ProcessInfo.processInfo.environment))
            let language = context.language
            // A store refusal reaches CommandRunner, which prints it with its exit status.
            try context.openStore(.readOnly).backup(to: target)
            let problems = try Store.open(at: target, mode: .readOnly).check()
            guard problems.isEmpty else {
                let message = BackupText.backupDamaged(target, count: problems.count).text(language)
                throw CLIFailure(message: message, exitCode: 2)
            }
            context.console.line(BackupText.backupWritten(context.storePath, to: target).text(language))
        }
    }
}
