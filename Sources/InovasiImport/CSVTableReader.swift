import CSV
import Foundation
import InovasiCore

/// Reads a CSV file with yaslab/CSV.swift: UTF-8 with or without a BOM (the library skips it),
/// comma or semicolon found from the header line, quoted fields (separators, quotes, line breaks),
/// and cells our own export guarded against formulas read back to their value.
enum CSVTableReader {
    static func read(_ data: Data, path: String) throws(ImportError) -> ImportTable {
        let body = try text(data, path: path)
        let delimiter = delimiter(of: body)
        var rows: [ImportRow] = []
        do {
            let reader = try CSVReader(stream: InputStream(data: data), delimiter: delimiter)
            var line = 1
            while let fields = reader.next() {
                rows.append(ImportRow(place: .line(line), cells: fields.map(CSVFormulaGuard.unguarded)))
                line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
            }
            if let error = reader.error { throw error }
        } catch {
            throw .malformed(path: path, format: .csv, reason: String(describing: error))
        }
        return ImportTable.headed(rows)
    }

    /// The file as UTF-8 text without its BOM; another encoding is refused, naming UTF-16 when its
    /// BOM says so.
    static func text(_ data: Data, path: String) throws(ImportError) -> String {
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] { throw .notUTF8(path: path, found: "UTF-16") }
        guard var text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path, found: nil) }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    /// `;` when the header line (outside quotes) holds more semicolons than commas, else `,`:
    /// spreadsheets set to Indonesian save CSV with semicolons.
    static func delimiter(of text: String) -> UnicodeScalar {
        var quoted = false
        var commas = 0
        var semicolons = 0
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// The line breaks inside a quoted field (CRLF counts once), so the next row's line is right.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previous: UnicodeScalar?
        for scalar in field.unicodeScalars {
            if scalar == "\n" && previous != "\r" || scalar == "\r" { count += 1 }
            previous = scalar
        }
        return count
    }
}
