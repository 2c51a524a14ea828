import Foundation

/// One value of a stored row as SQLite holds it, so an export keeps every table exactly.
public enum ExportValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The value as a cell's text: empty for null, numbers as written in SQL.
    public var text: String {
        switch self {
        case .null: ""
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): value
        }
    }
}

/// One table of the store: its column names in the schema's order and its rows in key order.
public struct ExportTable: Hashable, Sendable {
    /// The table's name in the schema (`proposal`, `audit_log`).
    public let name: String
    /// Its columns in the schema's order.
    public let columns: [String]
    /// Its rows, each value in the order of `columns`.
    public var rows: [[ExportValue]]

    /// A table as read from a store or a file.
    public init(name: String, columns: [String], rows: [[ExportValue]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// The tables of a store, read generically from its schema, so an export follows the schema as it
/// changes: a column added by a later version is exported without a change here.
public struct StoreExport: Hashable, Sendable {
    /// The schema version of the store the tables came from; an import takes only its own version.
    public let schemaVersion: Int
    /// When the export was made.
    public let exportedAt: Date
    /// The tables, parents before the tables that refer to them, the audit log last.
    public var tables: [ExportTable]

    /// An export of `tables` from a store of `schemaVersion`.
    public init(schemaVersion: Int, exportedAt: Date, tables: [ExportTable]) {
        self.schemaVersion = schemaVersion
        self.exportedAt = exportedAt
        self.tables = tables
    }

    /// The table named `name`, if the export holds it.
    public func table(_ name: String) -> ExportTable? { tables.first { $0.name == name } }
}
