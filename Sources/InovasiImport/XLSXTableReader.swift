import Foundation
import ZIPFoundation

/// Reads one sheet of an `.xlsx` workbook: the zip opened with ZIPFoundation, its XML parts read with
/// Foundation's `XMLParser`. Shared strings, inline strings and numbers become text; a number in a
/// cell formatted as a date becomes its day as `2026-12-07`.
enum XLSXTableReader {
    static func read(_ url: URL, sheet wanted: String?) throws(ImportError) -> ImportTable {
        let path = url.path
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .malformed(path: path, format: .xlsx, reason: String(describing: error))
        }
        let part = XLSXPart(archive: archive, path: path)
        let sheets = try XLSXWorkbookParser.sheets(try part.data("xl/workbook.xml"), path: path)
        let targets = try XLSXRelationsParser.targets(try part.data("xl/_rels/workbook.xml.rels"), path: path)
        guard let sheet = pick(sheets, wanted) else {
            throw .unknownSheet(name: wanted ?? "", sheets: sheets.map(\.name))
        }
        guard let target = targets[sheet.relation] else {
            throw .malformed(path: path, format: .xlsx, reason: "no part for sheet \(sheet.name)")
        }
        var strings: [String] = []
        if let data = try part.optionalData("xl/sharedStrings.xml") {
            strings = try XLSXSharedStringsParser.strings(data, path: path)
        }
        var styles: [Bool] = []
        if let data = try part.optionalData("xl/styles.xml") {
            styles = try XLSXStylesParser.dateStyles(data, path: path)
        }
        let rows = try XLSXSheetParser.rows(
            try part.data(partPath(target)), strings: strings, dateStyles: styles, path: path)
        return ImportTable.headed(rows)
    }

    /// The sheet named `wanted` (ignoring case), or the first sheet.
    static func pick(_ sheets: [XLSXSheet], _ wanted: String?) -> XLSXSheet? {
        guard let wanted else { return sheets.first }
        return sheets.first { $0.name.lowercased() == wanted.lowercased() }
    }

    /// A relationship target as a path in the zip: relative to `xl/`, or absolute from the root.
    static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}

/// A sheet listed in the workbook: its name and the relationship that finds its part.
struct XLSXSheet: Hashable {
    let name: String
    let relation: String
}

/// Reads parts of the zip as data, naming the file when one is missing or broken.
struct XLSXPart {
    let archive: Archive
    let path: String

    func data(_ name: String) throws(ImportError) -> Data {
        guard let data = try optionalData(name) else {
            throw .malformed(path: path, format: .xlsx, reason: "\(name) missing")
        }
        return data
    }

    func optionalData(_ name: String) throws(ImportError) -> Data? {
        guard let entry = archive[name] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw .malformed(path: path, format: .xlsx, reason: String(describing: error))
        }
        return data
    }
}
