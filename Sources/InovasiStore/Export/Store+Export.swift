import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The tables of `kind` with every row, read in one transaction so they agree with each other.
    /// `meta` (the file's own marks) is never exported.
    public func export(_ kind: ExportKind = .all, now: Date = Date()) throws(StoreError) -> StoreExport {
        try read { db in
            let names = try Self.dataTables(db).filter(kind.contains)
            let tables = try names.map { try Self.exportTable($0, db) }
            return StoreExport(schemaVersion: StoreSchema.version, exportedAt: now, tables: tables)
        }
    }

    /// Each data table's columns in the schema's order, for checking a file before an import.
    public func tableColumns() throws(StoreError) -> [String: [String]] {
        try read { db in
            var columns: [String: [String]] = [:]
            for table in try Self.dataTables(db) { columns[table] = try db.columns(in: table).map(\.name) }
            return columns
        }
    }

    /// The number of rows of each data table, for telling a store made by `init` from one that
    /// holds data.
    public func tableCounts() throws(StoreError) -> [String: Int] {
        try read { db in try Self.counts(db) }
    }

    static func counts(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in try dataTables(db) {
            counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
        }
        return counts
    }

    /// The tables that hold the office's data, in export order; the counts the store keeps from
    /// them (``SchemaV11``) are not data: an import makes them again through its triggers.
    static func dataTables(_ db: Database) throws -> [String] {
        let names = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT IN ('meta', 'grdb_migrations', '\(SchemaV11.countTable)', '\(SchemaV11.dayTable)',
                                 '\(SchemaV11.innovationTable)')
                """)
        return ExportKind.sorted(names)
    }

    /// One table with its rows in key order; text is read as bytes so a NUL inside stays (``StoredText``).
    static func exportTable(_ name: String, _ db: Database) throws -> ExportTable {
        let info = try db.columns(in: name)
        let columns = info.map(\.name)
        let keys = info.filter { $0.primaryKeyIndex > 0 }.sorted { $0.primaryKeyIndex < $1.primaryKeyIndex }
        let order = keys.isEmpty ? "rowid" : keys.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
        let terms = columns.map { column in
            let quoted = column.quotedDatabaseIdentifier
            return "CASE WHEN typeof(\(quoted)) = 'text' THEN CAST(\(quoted) AS BLOB) ELSE \(quoted) END"
        }
        let sql = "SELECT \(terms.joined(separator: ", ")) FROM \(name.quotedDatabaseIdentifier) ORDER BY \(order)"
        let cursor = try Row.fetchCursor(db, sql: sql)
        var rows: [[ExportValue]] = []
        while let row = try cursor.next() {
            rows.append((0..<columns.count).map { value(row[$0] as DatabaseValue) })
        }
        return ExportTable(name: name, columns: columns, rows: rows)
    }

    static func value(_ value: DatabaseValue) -> ExportValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }
}
