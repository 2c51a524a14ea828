import Foundation
import InovasiCore

/// The JSON file of a whole-store export and its reading back.
///
/// `{"format": "inovasi-export", "schemaVersion": 5, "exportedAt": "…", "tables": {"agency": [{…}, …], …}}`:
/// each table a list of objects, one per row, keyed by column, values as SQLite holds them
/// (numbers, text, null). Written by hand, streaming, so 100 000 proposals do not pass through
/// Foundation's encoder; keys of each row in the schema's column order.
public enum StoreExportJSON {
    /// The value of the `format` key, which tells an export from any other JSON.
    public static let format = "inovasi-export"

    /// The export as UTF-8 JSON, one row per line.
    public static func data(_ export: StoreExport) -> Data {
        var out = "{\n  \"format\": \"\(format)\",\n  \"schemaVersion\": \(export.schemaVersion),\n"
        out += "  \"exportedAt\": \(quoted(StoredTime.text(export.exportedAt))),\n  \"tables\": {"
        for (index, table) in export.tables.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    \(quoted(table.name)): ["
            let keys = table.columns.map { quoted($0) + ": " }
            for (rowIndex, row) in table.rows.enumerated() {
                out += rowIndex == 0 ? "\n      {" : ",\n      {"
                for (column, value) in row.enumerated() {
                    if column > 0 { out += ", " }
                    out += keys[column]
                    append(value, to: &out)
                }
                out += "}"
            }
            out += table.rows.isEmpty ? "]" : "\n    ]"
        }
        out += "\n  }\n}\n"
        return Data(out.utf8)
    }

    static func append(_ value: ExportValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .integer(let number): out += String(number)
        case .real(let number): out += number.isFinite ? String(number) : "null"
        case .text(let text): out += quoted(text)
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value):
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
