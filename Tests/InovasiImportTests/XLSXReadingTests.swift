import Foundation
import InovasiCore
import Testing

@testable import InovasiImport

/// The fixtures were made by LibreOffice 7 (`soffice --headless --convert-to xlsx`) from CSV files:
/// `opds.xlsx` from an OPD list, `values.xlsx` from a sheet with a date column and an amount column,
/// `opds-bad.xlsx` (used by the CLI tests) from an OPD list with a bad kind and an unknown parent.
@Suite("Reading .xlsx files made by a spreadsheet program")
struct XLSXReadingTests {
    @Test("the first sheet's shared strings become rows numbered as the sheet numbers them")
    func opds() throws {
        let table = try TableReader.read(path: ImportFiles.fixture("opds.xlsx"))
        #expect(table.header == ["Kode", "Nama", "Nama Singkat", "Jenis", "Induk", "Bidang"])
        #expect(table.rows.count == 3)
        #expect(table.rows[0].place == .sheetRow(2))
        #expect(table.rows[0][0] == "DINKES")
        #expect(table.rows[0][5] == "Bidang Pelayanan Kesehatan; Bidang Kesehatan Masyarakat")
        #expect(table.rows[2].place == .sheetRow(4))
        #expect(table.rows[2][4] == "KEC-CBR")
        #expect(table.rows[2][5] == "")
    }

    @Test("a date cell (an Excel serial with a date format) reads as its day, a number as digits")
    func datesAndAmounts() throws {
        let table = try TableReader.read(path: ImportFiles.fixture("values.xlsx"))
        #expect(table.header == ["Judul", "Tanggal Pengajuan", "Anggaran", "Catatan"])
        #expect(table.rows[0].cells == ["Posyandu Digital", "2026-12-07", "1250000", "baris satu, dengan koma"])
        #expect(ImportValues.date(table.rows[0][1]) == CalendarDay(year: 2026, month: 12, day: 7))
        #expect(ImportValues.amount(table.rows[1][2]) == 50_000_000)
        #expect(table.rows[1][1] == "2026-01-31")
    }

    @Test("--sheet picks a sheet by name ignoring case; an unknown one is refused naming the sheets")
    func sheetByName() throws {
        let path = ImportFiles.fixture("opds.xlsx")
        #expect(try TableReader.read(path: path, sheet: "OPDS").rows.count == 3)
        #expect(throws: ImportError.unknownSheet(name: "Lembar9", sheets: ["opds"])) {
            try TableReader.read(path: path, sheet: "Lembar9")
        }
        let files = try ImportFiles()
        let csv = try files.write("a.csv", "kode\nA\n")
        #expect(throws: ImportError.sheetWithoutWorkbook(path: csv)) { try TableReader.read(path: csv, sheet: "x") }
    }

    @Test("a file named .xlsx that is not a workbook is refused as malformed")
    func notAWorkbook() throws {
        let files = try ImportFiles()
        let path = try files.write("fake.xlsx", "kode,nama\n")
        #expect {
            try TableReader.read(path: path)
        } throws: { error in
            guard case ImportError.malformed(_, .xlsx, _) = error else { return false }
            return true
        }
    }

    @Test("inline strings, booleans and cells without a reference are read in their columns")
    func sheetParts() throws {
        let sheet = """
            <worksheet><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>kode</t></is></c><c r="C1" t="s"><v>0</v></c></row>
            <row r="3"><c t="inlineStr"><is><r><t>Di</t></r><r><t>nkes</t></r></is></c><c/><c t="n"><v>1.25E6</v></c></row>
            </sheetData></worksheet>
            """
        let rows = try XLSXSheetParser.rows(Data(sheet.utf8), strings: ["nama"], dateStyles: [false], path: "x")
        #expect(rows[0].cells == ["kode", "", "nama"])
        #expect(rows[1].place == .sheetRow(3))
        #expect(rows[1].cells == ["Dinkes", "", "1250000"])
    }
}
