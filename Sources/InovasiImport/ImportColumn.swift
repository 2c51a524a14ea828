/// A column an importer knows, with the header names people write for it in Indonesian and English.
public struct ImportColumn: Hashable, Sendable {
    /// The importer's own name for the column.
    public let key: String
    /// Accepted header names, Indonesian first; matched by ``HeaderName/normalized(_:)``.
    public let names: [String]
    /// Whether a file without this column is refused.
    public let required: Bool

    /// A column named `names` (Indonesian first, then English and other usual spellings).
    public init(key: String, names: [String], required: Bool) {
        self.key = key
        self.names = names
        self.required = required
    }

    /// The names as the messages and the README show them: `kode / code`.
    public var title: String { names.prefix(2).joined(separator: " / ") }
}

/// Header names compared the way people vary them: `Nama Singkat`, `nama_singkat`, `NAMA-SINGKAT`.
public enum HeaderName {
    /// `name` lowercased without spaces, underscores and hyphens.
    public static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" })
    }
}

/// Which cell of a row holds which known column, found once from the header.
public struct ColumnMap: Sendable {
    /// The header of the table, for naming a column as the file writes it.
    public let header: [String]
    let indexes: [String: Int]

    /// Matches `header` against `columns`: a required column missing, or two header cells naming
    /// one column, refuse the file; header cells no column names are ignored.
    public init(header: [String], columns: [ImportColumn]) throws(ImportError) {
        self.header = header
        var indexes: [String: Int] = [:]
        for column in columns {
            let wanted = Set(column.names.map(HeaderName.normalized))
            let found = header.indices.filter { wanted.contains(HeaderName.normalized(header[$0])) }
            if found.count > 1 { throw .duplicateColumn(column, headers: found.map { header[$0] }) }
            if let index = found.first { indexes[column.key] = index }
        }
        let missing = columns.filter { $0.required && indexes[$0.key] == nil }
        if !missing.isEmpty { throw .missingColumns(missing) }
        self.indexes = indexes
    }

    /// Whether the file has the column.
    public func has(_ key: String) -> Bool { indexes[key] != nil }

    /// The trimmed cell of `row` in the column `key`; empty when the file lacks the column.
    public func value(_ key: String, in row: ImportRow) -> String {
        indexes[key].map { row[$0] } ?? ""
    }

    /// The header cell of the column `key` as written in the file, for a problem's message.
    public func headerName(_ key: String, fallback: String) -> String {
        indexes[key].map { header[$0] } ?? fallback
    }
}
