import Foundation
import InovasiCore
import Testing

@testable import InovasiImport

@Suite("JSON files, header matching and cell values")
struct JSONAndColumnTests {
    @Test("a JSON array of objects, or one list inside an object, gives rows by item; lists join with ;")
    func json() throws {
        let files = try ImportFiles()
        let text =
            #"{"opds": [{"code": "A", "name": "Satu", "bidang": ["X", "Y"], "year": 2026}, {"code": "B", "name": null}]}"#
        let table = try TableReader.read(path: try files.write("a.json", text))
        #expect(table.header == ["bidang", "code", "name", "year"])
        #expect(table.rows[0] == ImportRow(place: .item(1), cells: ["X; Y", "A", "Satu", "2026"]))
        #expect(table.rows[1].place == .item(2))
        let bad = try files.write("b.json", "{\"a\": 1")
        #expect(throws: ImportError.self) { try TableReader.read(path: bad) }
    }

    static let columns = [
        ImportColumn(key: "short", names: ["nama singkat", "short name"], required: false),
        ImportColumn(key: "code", names: ["kode", "code"], required: true),
        ImportColumn(key: "kind", names: ["jenis", "kind"], required: true),
    ]

    @Test("headers match in either language ignoring case, spaces, underscores and hyphens")
    func headerMatching() throws {
        let map = try ColumnMap(header: ["NAMA_SINGKAT", "Code", "Catatan", "j-e-n-i-s"], columns: Self.columns)
        let row = ImportRow(place: .line(2), cells: [" Dinkes ", "DINKES", "x", "dinas"])
        #expect(map.value("short", in: row) == "Dinkes")
        #expect(map.value("kind", in: row) == "dinas")
        #expect(map.headerName("kind", fallback: "jenis") == "j-e-n-i-s")
        #expect(try ColumnMap(header: ["Short Name", "KODE", "Kind"], columns: Self.columns).has("short"))
    }

    @Test("a missing required column is refused naming it in both languages; so is a column written twice")
    func missingColumn() throws {
        #expect(throws: ImportError.missingColumns([Self.columns[2]])) {
            try ColumnMap(header: ["kode", "nama"], columns: Self.columns)
        }
        let message = ImportError.missingColumns([Self.columns[2]]).message
        #expect(message.id == "kolom wajib tidak ada: jenis / kind")
        #expect(throws: ImportError.duplicateColumn(Self.columns[1], headers: ["kode", "Code"])) {
            try ColumnMap(header: ["kode", "Code", "jenis"], columns: Self.columns)
        }
    }

    @Test("dates as people write them, and days that do not exist refused")
    func dates() {
        let day = CalendarDay(year: 2026, month: 12, day: 7)
        for text in ["07/12/2026", "7/12/2026", "7 Desember 2026", "7 december 2026", "2026-12-07"] {
            #expect(ImportValues.date(text) == day, "\(text)")
        }
        #expect(ImportValues.date("31/02/2026") == nil)
        #expect(ImportValues.date("12/2026") == nil)
    }

    @Test("amounts with Indonesian thousands; negative or malformed amounts refused")
    func amounts() {
        for text in ["1.250.000", "Rp 1.250.000", "Rp1.250.000", "1250000"] {
            #expect(ImportValues.amount(text) == 1_250_000, "\(text)")
        }
        for text in ["1,250,000", "1.25", "-5", "Rp", "12.50.000"] {
            #expect(ImportValues.amount(text) == nil, "\(text)")
        }
    }

    @Test("Excel serials: 1 is 1 January 1900, 61 is 1 March 1900, 46363 is 7 December 2026")
    func serials() {
        #expect(ImportValues.excelSerialDay(1) == CalendarDay(year: 1900, month: 1, day: 1))
        #expect(ImportValues.excelSerialDay(59) == CalendarDay(year: 1900, month: 2, day: 28))
        #expect(ImportValues.excelSerialDay(60) == nil)
        #expect(ImportValues.excelSerialDay(61) == CalendarDay(year: 1900, month: 3, day: 1))
        #expect(ImportValues.excelSerialDay(46363.75) == CalendarDay(year: 2026, month: 12, day: 7))
    }

    @Test("a list cell splits on ; or |, trims, and keeps an item written twice once")
    func lists() {
        #expect(ImportValues.list(" A ; B|C;;a ") == ["A", "B", "C"])
        #expect(ImportValues.list("") == [])
    }

    @Test("a problem names its place, column, value and reason in both languages")
    func problemMessage() {
        let problem = RowProblem(place: .line(4), column: "Jenis", value: "dinsa", reason: ImportText.empty)
        #expect(problem.message.id == "baris 4, kolom Jenis, \"dinsa\": wajib diisi")
        #expect(problem.message.en == "line 4, column Jenis, \"dinsa\": must not be empty")
    }
}
