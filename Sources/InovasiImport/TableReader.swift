import Foundation

/// The one way into the reading layer for the CLI and the benchmark: a file into a table of rows.
public enum TableReader {
    /// Reads `path` by its extension: `.csv`, `.xlsx` (the sheet named `sheet`, or the first) or
    /// `.json`. A table without a header, or without rows under it, is refused as empty.
    public static func read(path: String, sheet: String? = nil) throws(ImportError) -> ImportTable {
        guard let format = ImportFormat(path: path) else { throw .unknownFormat(path: path) }
        if sheet != nil, format != .xlsx { throw .sheetWithoutWorkbook(path: path) }
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let table: ImportTable
        switch format {
        case .xlsx:
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw .unreadable(path: path)
            }
            table = try XLSXTableReader.read(url, sheet: sheet)
        case .csv: table = try CSVTableReader.read(try contents(url), path: path)
        case .json: table = try JSONTableReader.read(try contents(url), path: path)
        }
        guard !table.header.isEmpty, !table.rows.isEmpty else { throw .empty(path: path) }
        return table
    }

    static func contents(_ url: URL) throws(ImportError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path)
        }
    }
}
