import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin only: loads a demo data set into an empty store in one transaction — all of it or,
    /// on any error, none of it.
    ///
    /// Keeps the data set's ids; the history of each proposal becomes its audit rows, and one more
    /// row (`demo.import`) records who loaded what. An approved proposal that no innovation of the
    /// set comes from gets its adopted innovation, as ``apply(_:to:expectedVersion:note:by:now:)``
    /// would have made. A store that already holds OPDs or proposals is refused (field `store`).
    public func importDemo(_ data: DemoDataSet, by actor: String, now: Date = Date()) throws(StoreError) {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.demoImport)
            let used =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM agency) OR EXISTS (SELECT 1 FROM proposal)") ?? false
            if used { throw StoreError.validation(ValidationError(field: "store", reason: .invalid)) }
            let summary = try DemoImporter(db).run(data)
            try IIDEvidenceRecord.insertDemo(data.iidEvidence, by: actor, db)
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.demoImport, entity: "store", entityID: nil,
                after: AuditJSON.encode(summary))
            try db.execute(sql: "ANALYZE")
        }
    }
}
