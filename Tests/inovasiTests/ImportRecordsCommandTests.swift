import Foundation
import InovasiCore
import InovasiImport
import InovasiStore
import Testing

@Suite("inovasi import proposals and innovations")
struct ImportRecordsCommandTests {
    /// Every table of the store, to compare before and after.
    static func content(_ sandbox: CLISandbox) throws -> StoreExport {
        try Store.open(at: sandbox.defaultStore, mode: .readOnly).export(.all, now: Date(timeIntervalSince1970: 0))
    }

    /// A store with Kota Cilegon's OPDs, their short names and bidang.
    static func cityStore() throws -> CLISandbox {
        let sandbox = try CLISandbox()
        let made = try sandbox.run(["init", "--city", "cilegon"])
        #expect(made.status == 0, "\(made.stderr)")
        return sandbox
    }

    static func write(_ text: String, _ name: String, _ sandbox: CLISandbox) throws -> String {
        let file = sandbox.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// A semicolon CSV with a BOM: quoted fields holding `;`, quotes and a line break, a guarded
    /// cell, Indonesian dates and amounts, short OPD names, bentuk and jenis as people write them.
    static let variantsCSV =
        "\u{FEFF}Judul;OPD;Bentuk;Jenis;Tanggal Pengajuan;Anggaran;Tujuan;Inisiator\r\n"
        + "Posyandu Digital;Dinkes;pelayanan publik;Digital;07/12/2026;Rp 1.250.000;\"Balita; ibu hamil\";\r\n"
        + "'=Rekap Otomatis;DISDUKCAPIL;Pelayanan Publik;non digital;7/12/2026;1.250.000;\"Baris satu\nbaris \"\"dua\"\"\";\r\n"
        + "Akta Keliling;Kel. Kotabumi;tata kelola;non-digital;7 Desember 2026;45000000;;Lurah Kotabumi\r\n"
        + "Izin Kilat;dpmptsp;Inovasi Daerah Lainnya;DIGITAL;2026-12-07;;;\r\n"

    @Test("CSV variants: BOM, semicolons, quoted line breaks, guarded cells, dates, amounts, short names")
    func csvVariants() throws {
        let sandbox = try Self.cityStore()
        let file = try Self.write(Self.variantsCSV, "usulan.csv", sandbox)
        let result = try sandbox.run(["import", "proposals", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Ditambah 4 usulan; 0 sudah ada (tetap)."))
        let store = try Store.open(at: sandbox.defaultStore, mode: .readOnly)
        let proposals = try Self.proposals(store)
        #expect(proposals.map(\.title) == ["Posyandu Digital", "=Rekap Otomatis", "Akta Keliling", "Izin Kilat"])
        let dinkes = try #require(try store.agency(code: "DINKES"))
        #expect(proposals[0].agencyID == dinkes.id)
        #expect(proposals[0].budget == 1_250_000 && proposals[1].budget == 1_250_000)
        #expect(proposals[0].goal == "Balita; ibu hamil")
        #expect(proposals[1].goal == "Baris satu\nbaris \"dua\"")
        #expect(
            proposals[2].agencyID
                == (try store.agency(code: "KEL-KOTABUMI") ?? store.agency(named: "Kel. Kotabumi"))?.id)
        #expect(proposals[2].form == .governance && proposals[2].kind == .nonDigital)
        #expect(proposals[1].kind == .nonDigital && proposals[3].form == .otherAffairs)
        #expect(proposals[2].initiatorName == "Lurah Kotabumi" && proposals[0].initiatorKind == .agency)
        let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        for proposal in proposals {
            #expect(CalendarDay(containing: proposal.submittedAt, in: zone).description == "2026-12-07")
        }
        let actions = try store.auditLog(limit: 100).map(\.action)
        #expect(actions.filter { $0 == "proposal.add" }.count == 4)
        #expect(actions.filter { $0 == "import.proposals" }.count == 1)
    }

    @Test("a dry run shows what would be added and saves nothing; importing the file again changes nothing")
    func dryRunAndIdempotent() throws {
        let sandbox = try Self.cityStore()
        let file = try Self.write(Self.variantsCSV, "usulan.csv", sandbox)
        let before = try Self.content(sandbox)
        let dry = try sandbox.run(["import", "proposals", file, "--dry-run", "--lang", "en"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Would add 4 proposals; 0 already in the store (unchanged)."))
        #expect(dry.stdout.contains("+ DINKES  Posyandu Digital (2026-12-07)"))
        #expect(dry.stdout.contains("nothing saved"))
        #expect(try Self.content(sandbox) == before)
        #expect(try sandbox.run(["import", "proposals", file]).status == 0)
        let after = try Self.content(sandbox)
        let again = try sandbox.run(["import", "proposals", file, "--lang", "en"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Added 0 proposals; 4 already in the store (unchanged)."))
        #expect(try Self.content(sandbox) == after)
    }

    @Test("bad rows in the middle are each reported with line, column, value and reason; nothing changes")
    func allOrNothing() throws {
        let sandbox = try Self.cityStore()
        let text =
            "judul,opd,bentuk,jenis,tanggal pengajuan,anggaran\n"
            + "Posyandu Digital,Dinkes,pelayanan publik,digital,07/12/2026,1.250.000\n"
            + "Dinas Rahasia,Dinas Entah,pelayanan publik,digital,07/12/2026,1000\n"
            + "Anggaran Jumbo,Dinsos,pelayanan publik,digital,07/12/2026,Rp 5.000.000.000.000\n"
            + "Hari Hilang,Dinsos,pelayanan publik,digital,31/02/2026,1000\n"
            + "\"Multi\nBaris\",Dinsos,setengah,digital,07/12/2026,1000\n"
            + "Posyandu Digital,DINKES,Pelayanan Publik,Digital,2026-12-07,5\n"
            + "Terakhir Baik,Dinsos,pelayanan publik,digital,07/12/2026,1000\n"
        let file = try Self.write(text, "bad.csv", sandbox)
        let before = try Self.content(sandbox)
        let result = try sandbox.run(["import", "proposals", file, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("5 problems, nothing imported"))
        #expect(result.stderr.contains("line 3, column opd, \"Dinas Entah\": unknown OPD"))
        #expect(result.stderr.contains("line 4, column anggaran, \"Rp 5.000.000.000.000\": amount too large"))
        #expect(result.stderr.contains("line 5, column tanggal pengajuan, \"31/02/2026\": not a date that exists"))
        #expect(result.stderr.contains("line 6, column bentuk, \"setengah\": unknown value"))
        #expect(result.stderr.contains("line 8, column judul, \"Posyandu Digital\": the same row as line 2"))
        #expect(try Self.content(sandbox) == before)
    }

    @Test("a missing required column is refused by its names, for proposals and innovations; nothing changes")
    func refusals() throws {
        let sandbox = try Self.cityStore()
        let before = try Self.content(sandbox)
        let file = try Self.write("judul,opd,bentuk,jenis\nA,Dinkes,pelayanan publik,digital\n", "nodate.csv", sandbox)
        let missing = try sandbox.run(["import", "proposals", file])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("kolom wajib tidak ada: tanggal pengajuan / submitted"))
        let innovations = try sandbox.run(["import", "innovations", file, "--lang", "en"])
        #expect(innovations.status == 1)
        #expect(innovations.stderr.contains("required columns missing: tahun mulai / started"))
        #expect(try Self.content(sandbox) == before)
    }

    @Test("the LibreOffice .xlsx of proposals imports, its date cells read as days; its bad rows by sheet row")
    func libreOfficeWorkbook() throws {
        let sandbox = try Self.cityStore()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("InovasiImportTests/Fixtures")
        let before = try Self.content(sandbox)
        let bad = try sandbox.run(["import", "proposals", fixtures.appendingPathComponent("proposals-bad.xlsx").path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("2 masalah, tidak ada yang diimpor:"))
        #expect(bad.stderr.contains("baris lembar 3, kolom OPD, \"Dinas Entah\": OPD tidak dikenal"))
        #expect(bad.stderr.contains("baris lembar 4, kolom Jenis, \"setengah digital\": nilai tidak dikenal"))
        #expect(try Self.content(sandbox) == before)

        let good = try sandbox.run(["import", "proposals", fixtures.appendingPathComponent("proposals.xlsx").path])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Ditambah 3 usulan"))
        let proposals = try Self.proposals(try Store.open(at: sandbox.defaultStore, mode: .readOnly))
        let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        #expect(
            proposals.map { CalendarDay(containing: $0.submittedAt, in: zone).description } == [
                "2026-12-07", "2026-11-30", "2026-12-07",
            ])
        #expect(proposals.map(\.budget) == [1_250_000, 75_000_000, 45_000_000])
        #expect(proposals[1].form == .governance && proposals[1].kind == .nonDigital)
    }

    @Test("innovations import with their stage, start year and profile; a second import changes nothing")
    func innovations() throws {
        let sandbox = try Self.cityStore()
        let text =
            "Judul,OPD,Bentuk,Jenis,Tahapan,Tahun Mulai,Urusan,Anggaran,Urusan Beririsan,Jenis Penetapan,"
            + "Nomor Penetapan,Tanggal Penetapan\n"
            + "Gegana Pedes,Dinkes,pelayanan publik,digital,penerapan,2024,kesehatan,Rp 25.000.000,"
            + "sosial; kependudukan,Perwal,12/2024,1 Maret 2024\n"
            + "Sapa Warga,Diskominfo,tata kelola,digital,uji coba,15/01/2025,,,,,,\n"
        let file = try Self.write(text, "inovasi.csv", sandbox)
        let result = try sandbox.run(["import", "innovations", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Ditambah 2 inovasi; 0 sudah ada (tetap)."))
        let store = try Store.open(at: sandbox.defaultStore, mode: .readOnly)
        let all = try store.innovations().sorted { $0.id < $1.id }
        #expect(all.map(\.stage) == [.implementation, .trial])
        let first = try #require(all.first)
        #expect(first.profile.budget == 25_000_000 && first.profile.sharedAffairs == ["sosial", "kependudukan"])
        #expect(first.profile.enactment?.kind == .headRegulation && first.profile.enactment?.number == "12/2024")
        #expect(try store.stageHistory(of: first.id).map(\.stage) == [.initiative, .trial, .implementation])
        #expect(all[1].affair == "-")
        let after = try Self.content(sandbox)
        #expect(try sandbox.run(["import", "innovations", file]).status == 0)
        #expect(try Self.content(sandbox) == after)
    }

    @Test("a JSON file of proposals imports with English keys; a non-admin is refused and nothing changes")
    func jsonAndPermission() throws {
        let sandbox = try Self.cityStore()
        let text = #"""
            {"proposals": [{"title": "Lapor Jalan", "agency": "DPUPR", "form": "publicService",
              "kind": "digital", "submitted": "2026-12-01", "budget": 2500000, "affair": "pekerjaan umum"}]}
            """#
        let file = try Self.write(text, "usulan.json", sandbox)
        let me = CLISandbox.userName()
        #expect(try sandbox.run(["users", "add", "budi", "--role", "admin"]).status == 0)
        #expect(try sandbox.run(["users", "set-role", me, "reviewer"]).status == 0)
        let before = try Self.content(sandbox)
        let refused = try sandbox.run(["import", "proposals", file])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(me))
        #expect(try Self.content(sandbox) == before)
        let dry = try sandbox.run(["import", "proposals", file, "--dry-run", "--lang", "en"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("+ DPUPR  Lapor Jalan (2026-12-01)"))
        #expect(try Self.content(sandbox) == before)
    }

    @Test("a plain number in a workbook's date column is an Excel serial from 1950 on; a year is refused")
    func plainSerials() throws {
        let sandbox = try Self.cityStore()
        let header = ["judul", "opd", "bentuk", "jenis", "tanggal pengajuan"]
        let good: [SheetCell] = [
            .text("Seri"), .text("Dinkes"), .text("pelayanan publik"), .text("digital"), .number(46363),
        ]
        let year: [SheetCell] = [
            .text("Tahun"), .text("Dinkes"), .text("pelayanan publik"), .text("digital"), .number(2026),
        ]
        let bad = sandbox.path("tahun.xlsx")
        try XLSXWriter.write(
            [WorkbookSheet(name: "usulan", header: header, rows: [good, year])], to: URL(fileURLWithPath: bad))
        let before = try Self.content(sandbox)
        let refused = try sandbox.run(["import", "proposals", bad, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("sheet row 3, column tanggal pengajuan, \"2026\": not a date that exists"))
        #expect(try Self.content(sandbox) == before)
        let file = sandbox.path("seri.xlsx")
        try XLSXWriter.write(
            [WorkbookSheet(name: "usulan", header: header, rows: [good])], to: URL(fileURLWithPath: file))
        let result = try sandbox.run(["import", "proposals", file, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("+ DINKES  Seri (2026-12-07)"))
    }

    static func proposals(_ store: Store) throws -> [Proposal] {
        try store.agencies().flatMap { try store.proposals(agencyID: $0.id) }.sorted { $0.id < $1.id }
    }
}
