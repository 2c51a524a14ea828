import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi restore FILE`: puts a backup in place of the store, keeping the old one; exit 0 only
/// when the result checks sound, 1 while another program has the store open for writing.
/// `inovasi restore opd|innovation|proposal ID [--note TEXT]` brings back a removed record instead.
struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "restore", abstract: HelpText.restoreCommand.current,
            discussion: RemovalText.restoreDiscussion.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.restoreFile.current, valueName: "file"))
    var file: String

    /// With a kind as `file` (`opd`, `innovation`, `proposal`), the record to bring back (soft delete).
    @Argument(help: ArgumentHelp(RemovalText.idHelp.current, valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp(RemovalText.restoreNoteHelp.current, valueName: "text"))
    var note: String?

    func run() throws {
        if let id, RemovalInput.isKind(file) {
            try RecordRestore.run(kind: file, id: id, note: note, global)
            return
        }
        if id != nil, !RemovalInput.isKind(file) {
            try InnovationRunner.run(global) { _ in throw InputRefusal(RemovalText.badKind(file)) }
        }
        if note != nil {
            try InnovationRunner.run(global) { _ in throw InputRefusal(RemovalText.noteOnlyForRecords) }
        }
        try CommandRunner.run(global) { context in
            let source = CommandContext.absolute(file, home: Home.folder(ProcessInfo.processInfo.environment))
            let language = context.language
            // A refusal (`.inUse`: exit 1; a bad backup: exit 2) reaches CommandRunner, which prints it.
            let outcome = try Store.restore(from: source, to: context.storePath, now: context.now)
            if let kept = outcome.keptAs { context.console.line(BackupText.restoreKept(kept).text(language)) }
            guard outcome.problems.isEmpty else {
                ProblemTable.print(outcome.problems, context)
                let message = BackupText.restoreProblems(context.storePath, count: outcome.problems.count)
                throw CLIFailure(message: message.text(language), exitCode: 2)
            }
            context.console.line(BackupText.restoreDone(context.storePath, from: source).text(language))
        }
    }
}
