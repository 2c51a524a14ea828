import Foundation
import InovasiCore
import InovasiStore

/// `inovasi import FILE.json`: a whole-store export read, checked against this store's schema, and
/// written into a store made by `init`; any refusal leaves the store unchanged (exit 1).
enum StoreImport {
    static func run(_ path: String, _ context: CommandContext) throws {
        let language = context.language
        guard URL(fileURLWithPath: path).pathExtension.lowercased() == "json" else {
            throw CLIFailure.input(ExportText.notJSON(path), language)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure.input(ExportText.cannotRead(path), language)
        }
        let store = try context.openStore(.readWrite)
        let columns = try store.tableColumns()
        let held = try store.dataBeyondInit()
        let export: StoreExport
        do throws(ExportFileProblem) {
            export = try StoreExportReader.read(data, path: path, columns: columns)
            if !held.isEmpty { throw ExportFileProblem.storeNotEmpty(tables: held) }
        } catch {
            throw CLIFailure.input(error.message, language)
        }
        let written = try store.importStore(export, source: path, by: context.user, now: context.now)
        let audit = written["audit_log"] ?? 0
        let rows = written.filter { $0.key != "audit_log" }
        let line = ExportText.imported(
            rows: rows.values.reduce(0, +), tables: rows.count, audit: audit, path: path)
        context.console.line(line.text(language))
    }
}
