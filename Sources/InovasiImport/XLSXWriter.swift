import Foundation
import ZIPFoundation

/// One cell a workbook is written with: text (an inline string) or a whole number.
public enum SheetCell: Hashable, Sendable {
    case text(String)
    case number(Int64)
    case empty
}

/// One sheet to write: its name, its header row and its rows.
public struct WorkbookSheet: Hashable, Sendable {
    /// The sheet's tab name (at most 31 characters, as spreadsheets allow).
    public let name: String
    /// The first row.
    public let header: [String]
    /// The rows under it.
    public let rows: [[SheetCell]]

    /// A sheet of `rows` under `header`.
    public init(name: String, header: [String], rows: [[SheetCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// Writes an `.xlsx` workbook: the zip made with ZIPFoundation, the parts XML we generate. Text
/// cells are inline strings (no shared-string table to build), numbers plain values; no styles,
/// so dates stay the text the store holds. The minimal parts Excel, LibreOffice and our reader need.
public enum XLSXWriter {
    /// The longest text a cell may hold in Excel; longer text is cut there.
    public static let maxCellText = 32_767

    /// Writes `sheets` to `url`, replacing a file there.
    public static func write(_ sheets: [WorkbookSheet], to url: URL) throws {
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        let archive = try Archive(url: url, accessMode: .create)
        try add("[Content_Types].xml", XLSXParts.contentTypes(count: sheets.count), to: archive)
        try add("_rels/.rels", XLSXParts.rootRelations, to: archive)
        try add("xl/workbook.xml", XLSXParts.workbook(sheets.map(\.name)), to: archive)
        try add("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelations(count: sheets.count), to: archive)
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet), to: archive)
        }
    }

    static func add(_ path: String, _ text: String, to archive: Archive) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }

    /// A worksheet part: the header as text, then the rows, each cell with its reference.
    static func worksheet(_ sheet: WorkbookSheet) -> String {
        var out = XLSXParts.xmlHead + "<worksheet xmlns=\"\(XLSXParts.main)\"><sheetData>"
        let letters = (0..<max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)).map(columnName)
        appendRow(1, sheet.header.map(SheetCell.text), letters, &out)
        for (index, row) in sheet.rows.enumerated() { appendRow(index + 2, row, letters, &out) }
        return out + "</sheetData></worksheet>"
    }

    static func appendRow(_ number: Int, _ cells: [SheetCell], _ letters: [String], _ out: inout String) {
        out += "<row r=\"\(number)\">"
        for (column, cell) in cells.enumerated() {
            switch cell {
            case .empty: continue
            case .number(let value): out += "<c r=\"\(letters[column])\(number)\"><v>\(value)</v></c>"
            case .text(let text):
                out += "<c r=\"\(letters[column])\(number)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                out += escaped(String(text.prefix(maxCellText)))
                out += "</t></is></c>"
            }
        }
        out += "</row>"
    }

    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Text safe inside XML: markup escaped, characters XML 1.0 forbids shown as `�`.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// The fixed parts of a workbook.
enum XLSXParts {
    static let xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

    static func contentTypes(count: Int) -> String {
        var out = xmlHead + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(workbookType)\"/>"
        for index in stride(from: 1, through: count, by: 1) {
            out += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(sheetType)\"/>"
        }
        return out + "</Types>"
    }

    static let rootRelations =
        xmlHead + "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"rId1\" "
        + "Type=\"\(officeRelations)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbook(_ names: [String]) -> String {
        var out = xmlHead + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelations)\"><sheets>"
        for (index, name) in names.enumerated() {
            let safe = XLSXWriter.escaped(String(name.prefix(31)))
            out += "<sheet name=\"\(safe)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    static func workbookRelations(count: Int) -> String {
        var out = xmlHead + "<Relationships xmlns=\"\(relationships)\">"
        for index in 0..<count {
            out += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(officeRelations)/worksheet\" "
            out += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        return out + "</Relationships>"
    }
}
