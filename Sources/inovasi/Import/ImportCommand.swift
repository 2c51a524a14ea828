import ArgumentParser
import Foundation
import InovasiCore
import InovasiImport

/// `inovasi import KIND FILE`: the office's spreadsheets into the store, all rows or none; and
/// `inovasi import FILE.json` (the default subcommand, `store`): a whole-store export into a store
/// made by `init`.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import", abstract: ImportCommandText.help.current,
            discussion: ImportCommandText.discussion.current,
            subcommands: [
                ImportStoreCommand.self, ImportOPDsCommand.self, ImportInnovationsCommand.self,
                ImportProposalsCommand.self, ImportSessionsCommand.self,
                ImportIIDCommand.self,
            ],
            defaultSubcommand: ImportStoreCommand.self)
    }
}

/// `inovasi import [store] FILE.json`: a whole-store JSON export into a store made by `init`.
struct ImportStoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "store", abstract: ExportText.importStoreHelp.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(ExportText.importFileHelp.current, valueName: "file"))
    var file: String

    func run() throws {
        try CommandRunner.run(global) { context in
            try StoreImport.run(URL(fileURLWithPath: file).standardizedFileURL.path, context)
        }
    }
}

/// The file and its options, shared by every kind of import.
struct ImportFileOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(ImportCommandText.fileHelp.current, valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp(ImportCommandText.sheetHelp.current, valueName: "name"))
    var sheet: String?

    @Flag(name: .long, help: ArgumentHelp(ImportCommandText.dryRunHelp.current))
    var dryRun = false

    /// The file's absolute path, so messages and the audit row name it fully.
    var path: String { URL(fileURLWithPath: file).standardizedFileURL.path }

    /// The file read into a table; a file that cannot be read is refused (exit 1).
    func table(_ language: Language) throws(CLIFailure) -> ImportTable {
        do {
            return try TableReader.read(path: path, sheet: sheet)
        } catch {
            throw .input(error.message, language)
        }
    }
}
