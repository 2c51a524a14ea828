import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The audit action of a whole-store import.
    static let storeImportAction = "store.import"

    /// Whether the store holds nothing but what `init` writes: its users (the first admin) and
    /// audit rows, and no other row; the tables that hold rows otherwise, with their counts.
    public func dataBeyondInit() throws(StoreError) -> [String: Int] {
        try read { db in try Self.beyondInit(db) }
    }

    static func beyondInit(_ db: Database) throws -> [String: Int] {
        try counts(db).filter { table, count in
            switch table {
            case "audit_log": false
            case "user": count > 1
            default: count > 0
            }
        }
    }

    /// Admin only: writes a whole-store export into a store made by `init`, in one transaction.
    ///
    /// Every table's rows are written with their ids, so `report`, `queue` and `sessions` read as on
    /// the exporting store; the export's users are added beside the store's admin (a user of the
    /// same name keeps the store's row); the export's audit rows are appended after the store's own
    /// in their order with their content exactly, under new ids; then one `store.import` row names
    /// `source` and the first new audit id. A store holding other data is refused (field `store`).
    @discardableResult
    public func importStore(_ export: StoreExport, source: String, by actor: String, now: Date = Date())
        throws(StoreError) -> [String: Int]
    {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: Self.storeImportAction)
            guard try Self.beyondInit(db).isEmpty, export.schemaVersion == StoreSchema.version else {
                throw StoreError.validation(ValidationError(field: "store", reason: .invalid))
            }
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var written: [String: Int] = [:]
            for table in export.tables where table.name != "audit_log" {
                written[table.name] = try Self.insert(table, db)
            }
            let firstAuditID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audit_log") ?? 0) + 1
            if let audit = export.table("audit_log") { written["audit_log"] = try Self.insertAudit(audit, db) }
            let summary = StoreImportSummary(
                file: source, schemaVersion: export.schemaVersion, exportedAt: StoredTime.text(export.exportedAt),
                rows: written, firstAuditID: firstAuditID)
            try AuditLog.append(
                db, at: now, user: actor, action: Self.storeImportAction, entity: "import", entityID: nil,
                after: AuditJSON.encode(summary), note: source)
            return written
        }
    }

    /// Inserts every row of `table` as it is; a user already in the store is kept as the store has it.
    static func insert(_ table: ExportTable, _ db: Database) throws -> Int {
        let conflict = table.name == "user" ? " ON CONFLICT DO NOTHING" : ""
        let writer = RowInserter(table: table.name, columns: table.columns, suffix: conflict)
        var count = 0
        for row in table.rows {
            try writer.insert(row, db)
            count += db.changesCount
        }
        return count
    }

    /// Appends the export's audit rows in their order under new ids, their content unchanged.
    static func insertAudit(_ table: ExportTable, _ db: Database) throws -> Int {
        let kept = table.columns.indices.filter { table.columns[$0] != "id" }
        let writer = RowInserter(table: "audit_log", columns: kept.map { table.columns[$0] }, suffix: "")
        for row in table.rows { try writer.insert(kept.map { row[$0] }, db) }
        return table.rows.count
    }
}

/// One generic `INSERT` per table, prepared once. A text holding a NUL is bound as bytes and cast
/// back to text in a statement of its own, as binding it as text would end it at the NUL.
struct RowInserter {
    let table: String
    let columns: [String]
    let suffix: String

    func sql(_ marks: [String]) -> String {
        let names = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        return
            "INSERT INTO \(table.quotedDatabaseIdentifier) (\(names)) VALUES (\(marks.joined(separator: ", ")))\(suffix)"
    }

    func insert(_ row: [ExportValue], _ db: Database) throws {
        let hasNUL = row.contains { if case .text(let text) = $0 { text.utf8.contains(0) } else { false } }
        guard hasNUL else {
            let statement = try db.cachedStatement(sql: sql(Array(repeating: "?", count: columns.count)))
            return try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
        }
        let marks = row.map { value in
            if case .text(let text) = value, text.utf8.contains(0) { "CAST(? AS TEXT)" } else { "?" }
        }
        let values = row.map { value -> DatabaseValue in
            if case .text(let text) = value, text.utf8.contains(0) { return Data(text.utf8).databaseValue }
            return value.databaseValue
        }
        try db.execute(sql: sql(marks), arguments: StatementArguments(values))
    }
}

extension ExportValue {
    /// The value bound as SQLite stores it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}

/// What the import's own audit row keeps: the file, the rows written per table, and where the
/// export's audit rows begin under their new ids.
struct StoreImportSummary: Encodable {
    let file: String
    let schemaVersion: Int
    let exportedAt: String
    let rows: [String: Int]
    let firstAuditID: Int64
}
