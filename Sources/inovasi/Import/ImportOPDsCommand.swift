import ArgumentParser
import InovasiCore
import InovasiImport
import InovasiStore

/// `inovasi import opds FILE [--sheet NAME] [--dry-run]`: OPDs and their bidang, keyed by code.
struct ImportOPDsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "opds", abstract: ImportCommandText.opdsHelp.current,
            discussion: ImportCommandText.opdsDiscussion.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportFileOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let table = try options.table(context.language)
            let store = try context.openStore(options.dryRun ? .readOnly : .readWrite)
            let known = try store.agencies()
            let rows: [AgencyImportRow]
            do throws(ImportError) {
                rows = try OPDImportRows.rows(table, known: known)
            } catch {
                throw CLIFailure.input(error.message, context.language)
            }
            let plan =
                options.dryRun
                ? try store.planAgencyImport(rows)
                : try store.importAgencies(rows, source: options.path, by: context.user, now: context.now)
            for line in ImportOutput.lines(plan, dryRun: options.dryRun) {
                context.console.line(line.text(context.language))
            }
        }
    }
}
