import Foundation
import InovasiCore
import InovasiImport
import InovasiStore
import Testing

@Suite("inovasi export and the whole-store import")
struct ExportCommandTests {
    static func content(_ path: String) throws -> StoreExport {
        try Store.open(at: path, mode: .readOnly).export(.all, now: Date(timeIntervalSince1970: 0))
    }

    @Test("JSON export → import into a store made by init: same report, queue and sessions; audit kept")
    func roundTrip() throws {
        let sandbox = try CLISandbox()
        let demo = try sandbox.makeDemo(at: sandbox.path("demo.sqlite"))
        let file = sandbox.path("semua.json")
        let exported = try sandbox.run(["export", "--format", "json", file, "--data", demo])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try sandbox.run(["init"]).status == 0)
        let imported = try sandbox.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Diimpor"))
        for command in [
            ["report"], ["queue"], ["sessions"], ["report", "--format", "json"], ["queue", "--format", "json"],
            ["sessions", "--format", "csv"],
        ] {
            let original = try sandbox.run(command + ["--data", demo])
            let copy = try sandbox.run(command)
            #expect(original.status == copy.status)
            // The JSON outputs stamp when they were made; two runs may fall in different seconds.
            let stable = { (text: String) in
                text.split(separator: "\n").filter { !$0.contains("\"generatedAt\"") }.joined(separator: "\n")
            }
            #expect(stable(original.stdout) == stable(copy.stdout), "\(command)")
        }
        let source = try Store.open(at: demo, mode: .readOnly)
        let target = try Store.open(at: sandbox.defaultStore, mode: .readOnly)
        let me = CLISandbox.userName()
        #expect(Set(try target.users().map(\.name)) == Set(try source.users().map(\.name) + [me]))
        let strip = { (entry: AuditEntry) in
            "\(entry.at)|\(entry.user)|\(entry.action)|\(entry.entity)|\(entry.entityID ?? -1)|"
                + "\(entry.before ?? "")|\(entry.after ?? "")|\(entry.note)"
        }
        let kept = try source.auditLog(limit: 1_000_000).reversed().map(strip)
        let all = try target.auditLog(limit: 1_000_000).reversed().map(strip)
        // The new store's own creation first, then the export's rows exactly, then the import's row.
        #expect(Array(all.dropFirst().dropLast()) == kept)
        #expect(try target.auditLog(limit: 1).first?.action == "store.import")
    }

    @Test("a store holding data, another schema version and a malformed file are refused; nothing changes")
    func refusals() throws {
        let sandbox = try CLISandbox()
        let demo = try sandbox.makeDemo(at: sandbox.path("demo.sqlite"))
        let file = sandbox.path("semua.json")
        #expect(try sandbox.run(["export", file, "--data", demo]).status == 0)
        let before = try Self.content(demo)
        let full = try sandbox.run(["import", file, "--data", demo, "--lang", "en"])
        #expect(full.status == 1)
        #expect(full.stderr.contains("the store already holds data"))
        #expect(try Self.content(demo) == before)

        #expect(try sandbox.run(["init"]).status == 0)
        let empty = try Self.content(sandbox.defaultStore)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let other = sandbox.path("lama.json")
        try Data(
            text.replacingOccurrences(
                of: "\"schemaVersion\": \(Store.schemaVersion)", with: "\"schemaVersion\": 3"
            ).utf8
        ).write(to: URL(fileURLWithPath: other))
        let version = try sandbox.run(["import", other, "--lang", "en"])
        #expect(version.status == 1)
        #expect(version.stderr.contains("comes from schema version 3; this store is version \(Store.schemaVersion)"))
        let broken = sandbox.path("rusak.json")
        try Data(text.prefix(5_000).utf8).write(to: URL(fileURLWithPath: broken))
        let malformed = try sandbox.run(["import", broken, "--lang", "en"])
        #expect(malformed.status == 1)
        #expect(malformed.stderr.contains("is not valid JSON"))
        let column = sandbox.path("kolom.json")
        try Data(text.replacingOccurrences(of: "\"budget\":", with: "\"anggaran\":").utf8)
            .write(to: URL(fileURLWithPath: column))
        let badColumn = try sandbox.run(["import", column, "--lang", "en"])
        #expect(badColumn.status == 1)
        #expect(badColumn.stderr.contains("column \"anggaran\" does not match the schema"))
        #expect(try Self.content(sandbox.defaultStore) == empty)
    }

    @Test("CSV writes one guarded file per table that our import reads back; xlsx one sheet per table")
    func csvAndXLSX() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init", "--city", "cilegon"]).status == 0)
        let csv = sandbox.path("usulan.csv")
        let rows =
            "judul,opd,bentuk,jenis,tanggal pengajuan,tujuan\n"
            + "=HYPERLINK(\"x\"),Dinkes,pelayanan publik,digital,07/12/2026,\"dua\nbaris\"\n"
        try Data(rows.utf8).write(to: URL(fileURLWithPath: csv))
        #expect(try sandbox.run(["import", "proposals", csv]).status == 0)

        let folder = sandbox.path("ekspor")
        let result = try sandbox.run(["export", "--format", "csv", folder, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Exported"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.contains("proposal.csv") && files.contains("agency.csv") && files.contains("audit_log.csv"))
        let raw = try String(contentsOfFile: folder + "/proposal.csv", encoding: .utf8)
        #expect(raw.contains("'=HYPERLINK"))
        let table = try TableReader.read(path: folder + "/proposal.csv")
        let title = try #require(table.header.firstIndex(of: "title"))
        let goal = try #require(table.header.firstIndex(of: "goal"))
        #expect(table.rows.first?[title] == "=HYPERLINK(\"x\")")
        #expect(table.rows.first?.cells[goal] == "dua\nbaris")

        let book = sandbox.path("semua.xlsx")
        #expect(try sandbox.run(["export", book]).status == 0)
        let sheet = try TableReader.read(path: book, sheet: "proposal")
        #expect(sheet.rows.first?[title] == "=HYPERLINK(\"x\")")
        let agencies = try TableReader.read(path: book, sheet: "agency")
        #expect(agencies.rows.count == (try Store.open(at: sandbox.defaultStore, mode: .readOnly).agencies().count))
        let only = sandbox.path("opd.json")
        #expect(try sandbox.run(["export", "opds", only]).status == 0)
        let opds = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: only)))
        let tables = try #require((opds as? [String: Any])?["tables"] as? [String: Any])
        #expect(Array(tables.keys) == ["agency"])
        #expect(try sandbox.run(["export", "sesuatu", only]).status == 1)
    }
}
