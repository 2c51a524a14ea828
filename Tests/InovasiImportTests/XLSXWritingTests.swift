import Foundation
import Testing

@testable import InovasiImport

@Suite("Writing .xlsx")
struct XLSXWritingTests {
    @Test("a workbook we write reads back sheet by sheet: markup escaped, numbers, empty cells, wide rows")
    func roundTrip() throws {
        let files = try ImportFiles()
        let path = files.folder.appendingPathComponent("book.xlsx").path
        let wide = (0..<30).map { SheetCell.text("k\($0)") }
        let sheets = [
            WorkbookSheet(
                name: "proposal", header: ["id", "title", "note"],
                rows: [
                    [.number(1), .text("<b>A & B</b> \"kutip\"\nbaris dua"), .empty],
                    [.number(-7), .text("  spasi di depan"), .text("ctl\u{1}x")],
                ]),
            WorkbookSheet(name: "wide", header: (0..<30).map { "c\($0)" }, rows: [wide]),
        ]
        try XLSXWriter.write(sheets, to: URL(fileURLWithPath: path))
        let first = try TableReader.read(path: path)
        #expect(first.header == ["id", "title", "note"])
        #expect(
            first.rows.map(\.cells) == [
                ["1", "<b>A & B</b> \"kutip\"\nbaris dua"], ["-7", "  spasi di depan", "ctl\u{FFFD}x"],
            ])
        let second = try TableReader.read(path: path, sheet: "wide")
        #expect(second.header.last == "c29" && second.rows.first?.cells.last == "k29")
        #expect(
            XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(27) == "AB" && XLSXWriter.columnName(702) == "AAA")
    }
}
