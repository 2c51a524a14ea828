import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi export sessions --format ics FILE [--from --to]`: the sessions as an iCalendar file,
/// by ``SessionCalendarExport``; every session when no day is given.
enum SessionsCalendarExport {
    /// Writes the file (atomically: a temporary file renamed) and says how many sessions, where.
    static func run(
        kind: ExportKind, format: ExportFormat, path: String, window: CalendarWindowOptions, _ context: CommandContext
    ) throws {
        guard format == .ics else { throw CLIFailure.input(ExportText.windowOnlyICS, context.language) }
        guard kind == .sessions || kind == .all else {
            throw CLIFailure.input(ExportText.icsOnlySessions(kind.rawValue), context.language)
        }
        let store = try context.openStore(.readOnly)
        let (from, to) = window.interval(in: context.zone, first: nil, last: nil)
        let data: Data
        let count: Int
        do throws(StoreError) {
            let sessions = try store.sessions(from: from, to: to)
            let export = SessionCalendarExport(
                directory: try SessionCalendarDirectory(store: store), language: context.language)
            data = export.data(sessions, zone: context.zone, now: context.now)
            count = sessions.count
        } catch {
            throw CLIFailure.store(error, context.language, zone: context.zone)
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIFailure.input(ExportText.cannotWrite(path, error.localizedDescription), context.language)
        }
        context.console.line(ExportText.sessionsDone(count, path: path).text(context.language))
    }
}
