import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi check`: the store's integrity check for cron jobs and backups; exit status 2 on a problem.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: HelpText.checkCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("merge-wal"), help: ArgumentHelp(HelpText.mergeWAL.current))
    var mergeWAL = false

    func run() throws {
        try CommandRunner.run(global) { context in
            let language = context.language
            if mergeWAL {
                try Store.mergeStaleLog(at: context.storePath)
                context.console.line(BackupText.walMerged(context.storePath).text(language))
            }
            let problems = try Self.problems(context)
            guard !problems.isEmpty else {
                context.console.line(StoreMessageText.checkClean(context.storePath).text(language))
                return
            }
            ProblemTable.print(problems, context)
            throw CLIFailure(
                message: StoreMessageText.checkProblems(context.storePath, count: problems.count).text(language),
                exitCode: 2)
        }
    }

    /// The store's problems; disagreeing version marks, which keep the store from opening, are one.
    static func problems(_ context: CommandContext) throws -> [IntegrityProblem] {
        do {
            return try Store.open(at: context.storePath, mode: .readOnly).check()
        } catch .schemaMismatch(let path, let header, let meta, let supported) {
            let error = StoreError.schemaMismatch(path: path, header: header, meta: meta, supported: supported)
            context.console.err(error.message(context.language, in: context.zone))
            return [Store.schemaMarkProblem(header: header, meta: meta.isEmpty ? nil : meta)]
        } catch {
            throw CLIFailure.store(error, context.language, zone: context.zone)
        }
    }
}

/// The table of problems `check` and `restore` print.
enum ProblemTable {
    static func print(_ problems: [IntegrityProblem], _ context: CommandContext) {
        let language = context.language
        var table = TextTable(columns: [
            TextTable.Column(OutputText.problemKindHeading.text(language)),
            TextTable.Column(OutputText.problemDetailHeading.text(language)),
        ])
        for problem in problems { table.add([problem.kind, problem.detail]) }
        context.console.out(table.render())
    }
}
