import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi export [KIND] [--format json|csv|xlsx|ics] FILE [--from --to]`: the store, or one kind of its
/// records, to a file; `ics` (or a `.ics` FILE) writes the sessions as a calendar.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export", abstract: ExportText.help.current, discussion: ExportText.discussion.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(ExportText.argumentsHelp.current, valueName: "kind-and-file"))
    var arguments: [String]

    @Option(name: .long, help: ArgumentHelp(ExportText.formatHelp.current, valueName: "json|csv|xlsx|ics"))
    var format: String?

    @OptionGroup var window: CalendarWindowOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let (kind, file) = try parsed(context.language)
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            let chosen = try format.map { text in
                guard let format = ExportFormat(rawValue: text.lowercased()) else {
                    throw CLIFailure.input(ExportText.badFormat(text), context.language)
                }
                return format
            }
            let resolved = chosen ?? ExportFormat(path: path)
            if resolved == .ics || window.isGiven {
                try SessionsCalendarExport.run(kind: kind, format: resolved, path: path, window: window, context)
                return
            }
            let store = try context.openStore(.readOnly)
            let export = try store.export(kind, now: context.now)
            do {
                try ExportFiles.write(export, format: resolved, to: path)
            } catch {
                throw CLIFailure.input(ExportText.cannotWrite(path, error.localizedDescription), context.language)
            }
            let rows = export.tables.reduce(0) { $0 + $1.rows.count }
            context.console.line(
                ExportText.done(tables: export.tables.count, rows: rows, path: path).text(context.language))
        }
    }

    /// `FILE` or `KIND FILE`.
    func parsed(_ language: Language) throws -> (ExportKind, String) {
        switch arguments.count {
        case 1: return (.all, arguments[0])
        case 2:
            guard let kind = ExportKind(rawValue: arguments[0].lowercased()) else {
                let kinds = ExportKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw CLIFailure.input(ExportText.badKind(arguments[0], kinds), language)
            }
            return (kind, arguments[1])
        default: throw CLIFailure.input(ExportText.badArguments, language)
        }
    }
}
