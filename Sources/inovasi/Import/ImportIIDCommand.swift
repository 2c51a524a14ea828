import ArgumentParser
import Foundation
import InovasiCore
import InovasiImport
import InovasiStore

/// `inovasi import iid FILE [--year Y] [--sheet NAME] [--dry-run]`: IID evidence in bulk, one row
/// per innovation (or `region`) and indicator; all rows or none, every bad row named.
struct ImportIIDCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "iid", abstract: IIDImportCommandText.help.current,
            discussion: IIDImportCommandText.discussion.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportFileOptions

    @Option(name: .long, help: ArgumentHelp(IIDRulesText.yearOption.current, valueName: "year"))
    var year: Int?

    func run() throws {
        try CommandRunner.run(global) { context in
            let table = try options.table(context.language)
            let rules = try IIDEvidenceInput.rules(year: year, context)
            let file: IIDEvidenceImport
            do throws(ImportError) {
                file = try IIDEvidenceImportRows.rows(table, rules: rules)
            } catch {
                throw CLIFailure.input(error.message, context.language)
            }
            let store = try context.openStore(options.dryRun ? .readOnly : .readWrite)
            var plan = try store.planIIDEvidenceImport(file.entries, rules: rules, by: context.user)
            guard plan.problems.isEmpty else {
                let problems = plan.problems.map { index, error in
                    file.problem(
                        at: index, field: Self.field(of: error),
                        reason: Localized(composing: { error.message($0, in: context.zone) }))
                }
                throw CLIFailure.input(ImportError.rows(problems).message, context.language)
            }
            if !options.dryRun {
                plan = try store.importIIDEvidence(
                    file.entries, rules: rules, source: options.path, by: context.user, now: context.now)
            }
            let summary = IIDImportCommandText.summary(
                year: rules.year, changed: plan.changed.count, unchanged: plan.unchanged, dryRun: options.dryRun)
            context.console.line(summary.text(context.language))
            if options.dryRun { context.console.line(ImportCommandText.dryRunNothingSaved.text(context.language)) }
        }
    }

    /// The store's field a refusal concerns, for the column it is named in.
    static func field(of error: StoreError) -> String {
        switch error {
        case .validation(let validation): validation.field
        case .iidFromEnactment: "indicator"
        default: "innovationID"
        }
    }
}
