import Foundation
import InovasiCore
import Testing

@testable import InovasiImport

@Suite("Reading CSV files")
struct CSVReadingTests {
    @Test("a UTF-8 file with a BOM and semicolons reads its header and rows with their lines")
    func bomAndSemicolon() throws {
        let files = try ImportFiles()
        let path = try files.write(
            "a.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("Kode;Nama\r\nDINKES;Dinas Kesehatan\r\n".utf8))
        let table = try TableReader.read(path: path)
        #expect(table.header == ["Kode", "Nama"])
        #expect(table.rows == [ImportRow(place: .line(2), cells: ["DINKES", "Dinas Kesehatan"])])
    }

    @Test("quoted fields keep separators, quotes and line breaks, and later rows keep their own line")
    func quotedFields() throws {
        let files = try ImportFiles()
        let text =
            "kode,nama,bidang\n"
            + "A,\"Dinas, Kesehatan\",\"Bidang \"\"Satu\"\"\nBidang Dua\"\n"
            + "\n"
            + "B,Dinas Sosial,\n"
        let table = try TableReader.read(path: try files.write("q.csv", text))
        #expect(table.rows.count == 2)
        #expect(table.rows[0].cells == ["A", "Dinas, Kesehatan", "Bidang \"Satu\"\nBidang Dua"])
        #expect(table.rows[0].place == .line(2))
        #expect(table.rows[1].place == .line(5))
        #expect(table.rows[1][1] == "Dinas Sosial")
    }

    @Test("semicolon files may quote cells holding commas; a comma file may quote semicolons")
    func separatorDetection() throws {
        let files = try ImportFiles()
        let semi = try TableReader.read(path: try files.write("s.csv", "a;b\n\"1,5\";x\n"))
        #expect(semi.rows[0].cells == ["1,5", "x"])
        let comma = try TableReader.read(path: try files.write("c.csv", "\"a;b\",c\n1;2,3\n"))
        #expect(comma.header == ["a;b", "c"])
        #expect(comma.rows[0].cells == ["1;2", "3"])
    }

    @Test("cells our own export guarded against formulas read back to their value")
    func guardedCells() throws {
        let files = try ImportFiles()
        let values = ["=SUM(A1)", "'quoted", "+62 812", "-", "@home", "plain"]
        let line = values.map(CSVFormulaGuard.guarded).joined(separator: ",")
        let table = try TableReader.read(path: try files.write("g.csv", "a,b,c,d,e,f\n" + line + "\n"))
        #expect(table.rows[0].cells == values)
    }

    @Test("Indonesian dates and amounts in a semicolon CSV read as days and rupiah")
    func indonesianValues() throws {
        let files = try ImportFiles()
        let text = "judul;tanggal pengajuan;anggaran\nA;7 Desember 2026;Rp 1.250.000\nB;07/12/2026;\"1.250.000\"\n"
        let table = try TableReader.read(path: try files.write("v.csv", text))
        let day = CalendarDay(year: 2026, month: 12, day: 7)
        #expect(table.rows.map { ImportValues.date($0[1]) } == [day, day])
        #expect(table.rows.map { ImportValues.amount($0[2]) } == [1_250_000, 1_250_000])
    }

    @Test("a file in another encoding is refused with that reason, naming the file")
    func otherEncoding() throws {
        let files = try ImportFiles()
        let latin1 = try files.write("latin1.csv", bytes: Array("kode,nama\nA,Caf".utf8) + [0xE9] + [0x0A])
        #expect(throws: ImportError.notUTF8(path: latin1, found: nil)) { try TableReader.read(path: latin1) }
        let utf16 = try files.write("utf16.csv", bytes: [0xFF, 0xFE, 0x6B, 0x00, 0x0A, 0x00])
        #expect(throws: ImportError.notUTF8(path: utf16, found: "UTF-16")) { try TableReader.read(path: utf16) }
        let message = ImportError.notUTF8(path: latin1, found: nil).message
        #expect(message.id.contains("UTF-8") && message.id.contains(latin1))
        #expect(message.en.contains("not encoded in UTF-8"))
    }

    @Test("an unknown extension, a missing file and a file with only a header are refused")
    func refusedFiles() throws {
        let files = try ImportFiles()
        let text = try files.write("a.txt", "kode\nA\n")
        #expect(throws: ImportError.unknownFormat(path: text)) { try TableReader.read(path: text) }
        let headerOnly = try files.write("h.csv", "kode,nama\n\n")
        #expect(throws: ImportError.empty(path: headerOnly)) { try TableReader.read(path: headerOnly) }
        let missing = files.folder.path + "/missing.csv"
        #expect(throws: ImportError.missing(path: missing)) { try TableReader.read(path: missing) }
    }
}
