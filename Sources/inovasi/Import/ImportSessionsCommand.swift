import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi import sessions FILE.ics [--from --to] [--dry-run]`: a calendar's events as sessions
/// (``SessionCalendarImport``), a known UID updating its session, all or nothing.
struct ImportSessionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sessions", abstract: CalendarImportText.help.current,
            discussion: CalendarImportText.discussion.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(CalendarImportText.fileHelp.current, valueName: "file"))
    var file: String

    @OptionGroup var window: CalendarWindowOptions

    @Flag(name: .long, help: ArgumentHelp(ImportCommandText.dryRunHelp.current))
    var dryRun = false

    func run() throws {
        try CommandRunner.run(global) { context in
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIFailure.input(ExportText.cannotRead(path), context.language)
            }
            let store = try context.openStore(dryRun ? .readOnly : .readWrite)
            let today = CalendarDay(containing: context.now, in: context.zone)
            let (from, to) = window.interval(in: context.zone, first: today, last: today.adding(months: 12))
            let mapping = SessionCalendarImport(
                directory: try SessionCalendarDirectory(store: store), zone: context.zone,
                defaults: SessionCalendarDefaults(language: context.language))
            let sessions: [MentoringSession]
            do throws(SessionCalendarError) {
                sessions = try mapping.read(data, from: from, to: to)
            } catch {
                throw CLIFailure.input(error.message(path: path), context.language)
            }
            let plan =
                dryRun
                ? try store.planSessionImport(sessions, now: context.now)
                : try store.importSessions(sessions, source: path, by: context.user, now: context.now)
            let summary = CalendarImportText.summary(
                added: plan.added.count, updated: plan.updated.count, unchanged: plan.unchanged, dryRun: dryRun)
            context.console.line(summary.text(context.language))
            if dryRun { context.console.line(ImportCommandText.dryRunNothingSaved.text(context.language)) }
        }
    }
}
