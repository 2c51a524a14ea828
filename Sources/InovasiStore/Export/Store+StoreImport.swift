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
        let columns = table.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let conflict = table.name == "user" ? " ON CONFLICT DO NOTHING" : ""
        let statement = try db.makeStatement(
            sql: "INSERT INTO \(table.name.quotedDatabaseIdentifier) (\(columns)) VALUES (\(marks))\(conflict)")
        var count = 0
        for row in table.rows {
            try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
            count += db.changesCount
        }
        return count
    }

    /// Appends the export's audit rows in their order under new ids, their content unchanged.
    static func insertAudit(_ table: ExportTable, _ db: Database) throws -> Int {
        let kept = table.columns.indices.filter { table.columns[$0] != "id" }
        let columns = kept.map { table.columns[$0].quotedDatabaseIdentifier }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: kept.count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO audit_log (\(columns)) VALUES (\(marks))")
        for row in table.rows {
            try statement.execute(arguments: StatementArguments(kept.map { row[$0].databaseValue }))
        }
        return table.rows.count
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
