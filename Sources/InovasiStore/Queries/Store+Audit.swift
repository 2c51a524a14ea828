import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The history of one entity (e.g. `proposal`, 42), oldest first.
    public func auditLog(entity: String, id: Int64) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(
                db, sql: AuditLog.selectSQL + " WHERE entity = ? AND entity_id = ? ORDER BY id",
                arguments: [entity, id]
            ).map(AuditLog.decode)
        }
    }

    /// The latest `limit` entries of the whole log, newest first.
    public func auditLog(limit: Int) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: AuditLog.selectSQL + " ORDER BY id DESC LIMIT ?", arguments: [max(0, limit)])
                .map(AuditLog.decode)
        }
    }

    /// A number that changes whenever any other connection — in this process or another — commits.
    ///
    /// Read from `PRAGMA data_version` on one dedicated long-lived connection (the value only means
    /// something compared with earlier reads on the same connection), so polling it on the tick is
    /// cheap and tells the screen when to reload.
    public func dataVersion() throws(StoreError) -> Int {
        do {
            return try versionReader.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
