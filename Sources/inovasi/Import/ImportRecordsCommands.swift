import ArgumentParser
import Foundation
import InovasiCore
import InovasiImport
import InovasiStore

/// `inovasi import proposals FILE [--sheet NAME] [--dry-run]`: proposals, keyed by OPD, title and day.
struct ImportProposalsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "proposals", abstract: RecordImportText.proposalsHelp.current,
            discussion: RecordImportText.proposalsDiscussion.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportFileOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let table = try options.table(context.language)
            let store = try context.openStore(options.dryRun ? .readOnly : .readWrite)
            let lookup = try store.agencyLookup()
            let proposals: [Proposal]
            let divisions = try store.divisions()
            do throws(ImportError) {
                proposals = try ProposalImportRows.rows(
                    table, lookup: lookup, divisions: divisions, zone: context.zone)
            } catch {
                throw CLIFailure.input(error.message, context.language)
            }
            let plan =
                options.dryRun
                ? try store.planProposalImport(proposals, zone: context.zone)
                : try store.importProposals(
                    proposals, zone: context.zone, source: options.path, by: context.user, now: context.now)
            let lines = RecordImportOutput.lines(
                plan.added.map { ($0.agencyID, $0.title, $0.submittedAt) }, unchanged: plan.unchanged.count,
                noun: RecordImportText.proposalsNoun, lookup: lookup, zone: context.zone, dryRun: options.dryRun)
            for line in lines { context.console.line(line.text(context.language)) }
        }
    }
}

/// `inovasi import innovations FILE [--sheet NAME] [--dry-run]`: innovations, keyed by OPD and title.
struct ImportInnovationsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "innovations", abstract: RecordImportText.innovationsHelp.current,
            discussion: RecordImportText.innovationsDiscussion.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ImportFileOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let table = try options.table(context.language)
            let store = try context.openStore(options.dryRun ? .readOnly : .readWrite)
            let lookup = try store.agencyLookup()
            let innovations: [Innovation]
            let divisions = try store.divisions()
            do throws(ImportError) {
                innovations = try InnovationImportRows.rows(
                    table, lookup: lookup, divisions: divisions, zone: context.zone)
            } catch {
                throw CLIFailure.input(error.message, context.language)
            }
            let plan =
                options.dryRun
                ? try store.planInnovationImport(innovations)
                : try store.importInnovations(innovations, source: options.path, by: context.user, now: context.now)
            let lines = RecordImportOutput.lines(
                plan.added.map { ($0.agencyID, $0.title, $0.startedOn) }, unchanged: plan.unchanged.count,
                noun: RecordImportText.innovationsNoun, lookup: lookup, zone: context.zone, dryRun: options.dryRun)
            for line in lines { context.console.line(line.text(context.language)) }
        }
    }
}

/// What an import of records adds, one line each, after a summary line.
enum RecordImportOutput {
    static func lines(
        _ added: [(agencyID: Int64, title: String, day: Date)], unchanged: Int, noun: Localized,
        lookup: AgencyLookup, zone: TimeZone, dryRun: Bool
    ) -> [Localized] {
        var lines = [RecordImportText.summary(noun, added: added.count, unchanged: unchanged, dryRun: dryRun)]
        for record in added {
            let code = lookup.agencies[record.agencyID]?.code ?? "#\(record.agencyID)"
            let day = CalendarDay(containing: record.day, in: zone).description
            lines.append(RecordImportText.addedLine(opd: code, title: record.title, day: day))
        }
        if dryRun { lines.append(ImportCommandText.dryRunNothingSaved) }
        return lines
    }
}
