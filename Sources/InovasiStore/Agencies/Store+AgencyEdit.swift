import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin only: rewrites the code, name, short name, kind and parent of the OPD `agency.id`, after
    /// the same checks as ``addAgency(_:by:now:)``; whether it is active is left as it is.
    ///
    /// A kecamatan that has kelurahan keeps its kind (field `kind`). Users, innovations, proposals and
    /// aliases refer to the OPD by id, so a new code changes nothing else. Audited with before and after;
    /// an edit that changes nothing writes nothing.
    public func editAgency(_ agency: Agency, by actor: String, now: Date = Date()) throws(StoreError) -> Agency {
        try validated(agency.validate)
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.agencyEdit)
            let before = try AgencyRules.require(agency.id, db)
            var after = agency
            after.isActive = before.isActive
            if after == before { return before }
            try AgencyRules.requireUnique(after, db)
            try References.requireParent(of: after, db)
            try AgencyRules.requireActiveParent(of: after, db)
            if before.kind == .kecamatan, after.kind != .kecamatan, try Self.villageCount(of: before.id, db) > 0 {
                throw StoreError.validation(ValidationError(field: "kind", reason: .invalid))
            }
            try db.execute(sql: AgencyRecord.updateSQL, arguments: AgencyRecord.updateArguments(after))
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.agencyEdit, entity: "agency", entityID: after.id,
                before: AuditJSON.encode(before), after: AuditJSON.encode(after))
            return after
        }
    }

    /// Admin only: deactivates (`active` false) or reactivates an OPD. A deactivated OPD keeps its
    /// innovations, proposals and audit rows, but leaves ``progress(now:overdueDays:)`` (the dashboard's
    /// OPD table and `inovasi report`). A kecamatan with active kelurahan stays active
    /// (``StoreError/villagesStillActive(agency:count:)``). Setting the state it already has writes nothing.
    public func setAgencyActive(id: Int64, _ active: Bool, by actor: String, now: Date = Date()) throws(StoreError)
        -> Agency
    {
        let action = active ? StoreAction.agencyActivate : StoreAction.agencyDeactivate
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: action)
            let before = try AgencyRules.require(id, db)
            if before.isActive == active { return before }
            if !active, before.kind == .kecamatan {
                let count = try Self.villageCount(of: id, activeOnly: true, db)
                if count > 0 { throw StoreError.villagesStillActive(agency: before.code, count: count) }
            }
            var after = before
            after.isActive = active
            try AgencyRules.requireActiveParent(of: after, db)
            try db.execute(sql: "UPDATE agency SET active = ? WHERE id = ?", arguments: [active, id])
            try AuditLog.append(
                db, at: now, user: actor, action: action, entity: "agency", entityID: id,
                before: AuditJSON.encode(before), after: AuditJSON.encode(after))
            return after
        }
    }

    /// How many kelurahan (only the active ones when `activeOnly`) sit under the kecamatan `id`.
    static func villageCount(of id: Int64, activeOnly: Bool = false, _ db: Database) throws -> Int {
        let filter = activeOnly ? " AND active = 1" : ""
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM agency WHERE parent_id = ?" + filter, arguments: [id])
            ?? 0
    }
}
