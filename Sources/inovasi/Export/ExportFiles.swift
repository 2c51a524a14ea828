import Foundation
import InovasiCore
import InovasiImport
import InovasiStore

/// The formats `inovasi export` writes.
enum ExportFormat: String, CaseIterable {
    case json, csv, xlsx
    /// An iCalendar file of the sessions (``SessionsCalendarExport``).
    case ics

    /// The format a path's extension suggests: `.json`, `.xlsx`, `.ics`, else a CSV folder.
    init(path: String) {
        self = ExportFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? .csv
    }
}

/// Writes an export in each format.
enum ExportFiles {
    /// Writes `export` to `path` in `format`.
    static func write(_ export: StoreExport, format: ExportFormat, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        switch format {
        case .json: try StoreExportJSON.data(export).write(to: url, options: .atomic)
        case .csv: try writeCSV(export, folder: url)
        case .xlsx: try XLSXWriter.write(export.tables.map(sheet), to: url)
        case .ics: break
        }
    }

    /// One `TABLE.csv` per table in the folder `folder` (made when missing): RFC 4180, UTF-8, every
    /// text cell guarded against formulas (``CSVFormulaGuard``), which our import reads back.
    static func writeCSV(_ export: StoreExport, folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for table in export.tables {
            var text = CSVText.line(table.columns)
            for row in table.rows {
                text += CSVText.line(row.map { CSVFormulaGuard.guarded($0.text) })
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent(table.name + ".csv"), options: .atomic)
        }
    }

    /// A table as a sheet: numbers as numbers, text as inline strings, null as an empty cell.
    static func sheet(_ table: ExportTable) -> WorkbookSheet {
        WorkbookSheet(
            name: table.name, header: table.columns,
            rows: table.rows.map { row in
                row.map { value in
                    switch value {
                    case .null: .empty
                    case .integer(let number): .number(number)
                    case .real(let number): .text(String(number))
                    case .text(let text): .text(text)
                    }
                }
            })
    }
}
