import Foundation

/// Reads a JSON export back, checking it against the tables and columns of the store it goes into.
public enum StoreExportReader {
    /// The export in `data`, every table and row checked: its `format`, its schema version, each
    /// table known to `columns` (the store's, by table), each row an object with exactly the
    /// table's columns, each value text, a number or null.
    public static func read(_ data: Data, path: String, columns: [String: [String]]) throws(ExportFileProblem)
        -> StoreExport
    {
        let top: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ExportFileProblem.malformed(path: path, reason: "not an object")
            }
            top = object
        } catch let problem as ExportFileProblem {
            throw problem
        } catch {
            throw .malformed(path: path, reason: (error as NSError).localizedDescription)
        }
        guard top["format"] as? String == StoreExportJSON.format else { throw .notAnExport(path: path) }
        let version = (top["schemaVersion"] as? NSNumber)?.intValue ?? 0
        guard version == Store.schemaVersion else {
            throw .otherVersion(path: path, found: version, wanted: Store.schemaVersion)
        }
        guard let tables = top["tables"] as? [String: Any] else { throw .notAnExport(path: path) }
        var read: [ExportTable] = []
        for name in ExportKind.sorted(Array(tables.keys)) {
            guard let wanted = columns[name] else { throw .unknownTable(path: path, table: name) }
            read.append(try table(name, tables[name], columns: wanted, path: path))
        }
        let at = (top["exportedAt"] as? String).flatMap(StoredTime.date) ?? Date(timeIntervalSince1970: 0)
        return StoreExport(schemaVersion: version, exportedAt: at, tables: read)
    }

    static func table(_ name: String, _ value: Any?, columns: [String], path: String) throws(ExportFileProblem)
        -> ExportTable
    {
        guard let items = value as? [Any] else { throw .badRow(path: path, table: name, item: 0) }
        var rows: [[ExportValue]] = []
        rows.reserveCapacity(items.count)
        let known = Set(columns)
        for (index, item) in items.enumerated() {
            guard let object = item as? [String: Any] else { throw .badRow(path: path, table: name, item: index + 1) }
            if let extra = object.keys.first(where: { !known.contains($0) }) {
                throw .badColumn(path: path, table: name, item: index + 1, column: extra)
            }
            var row: [ExportValue] = []
            row.reserveCapacity(columns.count)
            for column in columns {
                guard let raw = object[column] else {
                    throw .badColumn(path: path, table: name, item: index + 1, column: column)
                }
                guard let value = Self.value(raw) else {
                    throw .badValue(path: path, table: name, item: index + 1, column: column)
                }
                row.append(value)
            }
            rows.append(row)
        }
        return ExportTable(name: name, columns: columns, rows: rows)
    }

    /// A JSON value as SQLite holds it; nil for a list, an object or a boolean.
    static func value(_ raw: Any) -> ExportValue? {
        if raw is NSNull { return .null }
        if let text = raw as? String { return .text(text) }
        guard let number = raw as? NSNumber else { return nil }
        let whole = number.int64Value
        if NSNumber(value: whole) == number { return .integer(whole) }
        return .real(number.doubleValue)
    }
}
