import Foundation
import InovasiStore
import Testing

@Suite("inovasi import opds")
struct ImportCommandTests {
    /// The store's OPDs, bidang and audit log as text, to compare before and after.
    func content(_ sandbox: CLISandbox) throws -> String {
        let store = try Store.open(at: sandbox.defaultStore, mode: .readOnly)
        let agencies = try store.agencies().map { "\($0.code)|\($0.name)|\($0.kind)|\($0.parentID ?? 0)" }
        let divisions = try store.divisions().map { "\($0.agencyID)|\($0.name)" }
        let audit = try store.auditLog(limit: 100_000).reversed().map { "\($0.id)|\($0.action)" }
        return (agencies + divisions + audit).joined(separator: "\n")
    }

    /// A semicolon CSV with a BOM, Indonesian headers and a quoted bidang list holding `;`.
    static let semicolonCSV =
        "\u{FEFF}Kode;Nama;Nama Singkat;Jenis;Induk;Bidang\r\n"
        + "DINKES;Dinas Kesehatan;Dinkes;Dinas;;\"Bidang Yankes; Bidang Kesmas\"\r\n"
        + "KEC-CBR;Kecamatan Cibeber;Kec. Cibeber;kecamatan;;Seksi Pemerintahan|Seksi Trantib\r\n"
        + "KEL-KBM;Kelurahan Kotabumi;Kel. Kotabumi;Kelurahan;KEC-CBR;\r\n"

    @Test("a semicolon CSV with a BOM is imported; a dry run after it and a second import change nothing")
    func importThenIdempotent() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let file = sandbox.path("opd.csv")
        try Data(Self.semicolonCSV.utf8).write(to: URL(fileURLWithPath: file))

        let dry = try sandbox.run(["import", "opds", file, "--dry-run", "--lang", "en"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Would add 3 OPDs, change 0 OPDs, add 4 bidang"))
        #expect(dry.stdout.contains("+ KEL-KBM  Kelurahan Kotabumi (Urban village)"))
        #expect(dry.stdout.contains("nothing saved"))
        #expect(try Store.open(at: sandbox.defaultStore, mode: .readOnly).agencies().isEmpty)

        let imported = try sandbox.run(["import", "opds", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Ditambah 3 OPD, diubah 0 OPD, ditambah 4 bidang; 0 OPD tetap."))
        let store = try Store.open(at: sandbox.defaultStore, mode: .readOnly)
        let kotabumi = try #require(try store.agency(code: "KEL-KBM"))
        #expect(kotabumi.parentID == (try store.agency(code: "KEC-CBR"))?.id)
        #expect(
            try store.divisions().map(\.name).sorted() == [
                "Bidang Kesmas", "Bidang Yankes", "Seksi Pemerintahan", "Seksi Trantib",
            ])
        let after = try content(sandbox)

        let again = try sandbox.run(["import", "opds", file, "--dry-run"])
        #expect(again.stdout.contains("Akan ditambah 0 OPD, diubah 0 OPD, ditambah 0 bidang; 3 OPD tetap."))
        let second = try sandbox.run(["import", "opds", file])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Ditambah 0 OPD, diubah 0 OPD, ditambah 0 bidang; 3 OPD tetap."))
        #expect(try content(sandbox) == after)
    }

    @Test("bad rows in the middle are each reported with line, column, value and reason; nothing changes")
    func allOrNothing() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let file = sandbox.path("bad.csv")
        let text =
            "code,name,kind,parent\n"
            + "DINKES,Dinas Kesehatan,dinas,\n"
            + "DINSOS,\"Dinas\nSosial\",dinsa,\n"
            + "KEL-A,Kelurahan A,kelurahan,KEC-NOPE\n"
            + "DINKES,Dinas Kesehatan Lagi,dinas,\n"
            + "SETDA,,sekretariat,\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let before = try content(sandbox)
        let result = try sandbox.run(["import", "opds", file, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("4 problems, nothing imported"))
        #expect(result.stderr.contains("line 3, column kind, \"dinsa\": unknown kind"))
        #expect(result.stderr.contains("line 5, column parent, \"KEC-NOPE\": the parent is neither"))
        #expect(result.stderr.contains("line 6, column code, \"DINKES\": code already used on line 2"))
        #expect(result.stderr.contains("line 7, column name, \"\": must not be empty"))
        #expect(try content(sandbox) == before)
    }

    @Test("the LibreOffice .xlsx imports like the CSV; a JSON file too")
    func xlsxAndJSON() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let xlsx = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("InovasiImportTests/Fixtures/opds.xlsx").path
        let imported = try sandbox.run(["import", "opds", xlsx, "--sheet", "opds"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Ditambah 3 OPD"))
        let json = sandbox.path("opd.json")
        let text =
            #"[{"kode": "DINKES", "nama": "Dinas Kesehatan Kota Cilegon", "jenis": "dinas", "bidang": ["Bidang Baru"]}]"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: json))
        let changed = try sandbox.run(["import", "opds", json, "--lang", "en"])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("Added 0 OPDs, changed 1 OPDs, added 1 bidang; 0 OPDs unchanged."))
        #expect(changed.stdout.contains("name: Dinas Kesehatan → Dinas Kesehatan Kota Cilegon"))
    }

    @Test("bad rows of a LibreOffice .xlsx are reported by sheet row; nothing changes")
    func xlsxBadRows() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let before = try content(sandbox)
        let xlsx = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("InovasiImportTests/Fixtures/opds-bad.xlsx").path
        let result = try sandbox.run(["import", "opds", xlsx])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2 masalah, tidak ada yang diimpor:"))
        #expect(result.stderr.contains("baris lembar 3, kolom Jenis, \"dinsa\": jenis tidak dikenal"))
        #expect(result.stderr.contains("baris lembar 4, kolom Induk, \"KEC-NOPE\": induk tidak ada"))
        #expect(try content(sandbox) == before)
    }

    @Test("a missing required column, another encoding, a non-admin: exit 1, named, nothing changes")
    func refusals() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let before = try content(sandbox)
        let noKind = sandbox.path("nokind.csv")
        try Data("kode,nama\nA,B\n".utf8).write(to: URL(fileURLWithPath: noKind))
        let missing = try sandbox.run(["import", "opds", noKind])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("kolom wajib tidak ada: jenis / kind"))
        let latin = sandbox.path("latin.csv")
        try Data(Array("kode,nama,jenis\nA,Caf".utf8) + [0xE9, 0x2C] + Array("dinas\n".utf8))
            .write(to: URL(fileURLWithPath: latin))
        let encoding = try sandbox.run(["import", "opds", latin, "--lang", "en"])
        #expect(encoding.status == 1)
        #expect(encoding.stderr.contains("not encoded in UTF-8"))
        let other = sandbox.path("opd.txt")
        try Data("kode\n".utf8).write(to: URL(fileURLWithPath: other))
        #expect(try sandbox.run(["import", "opds", other]).status == 1)
        #expect(try content(sandbox) == before)

        let me = CLISandbox.userName()
        #expect(try sandbox.run(["users", "add", "budi", "--role", "admin"]).status == 0)
        #expect(try sandbox.run(["users", "set-role", me, "viewer"]).status == 0)
        let beforeViewer = try content(sandbox)
        let good = sandbox.path("good.csv")
        try Data("kode,nama,jenis\nDINKES,Dinas Kesehatan,dinas\n".utf8).write(to: URL(fileURLWithPath: good))
        let refused = try sandbox.run(["import", "opds", good])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(me))
        #expect(try content(sandbox) == beforeViewer)
    }
}
