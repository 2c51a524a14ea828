import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Every OPD that is not removed, ordered by kind (as `AgencyKind` orders them), then name.
    public func agencies() throws(StoreError) -> [Agency] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: AgencyRecord.select + " WHERE " + Removal.notRemoved(.agency, "id") + " ORDER BY "
                    + AgencyRecord.kindOrder
            )
            .map(AgencyRecord.decode)
        }
    }

    /// The OPD with that code, compared case-insensitively (`dinkes` finds `DINKES`).
    public func agency(code: String) throws(StoreError) -> Agency? {
        try read { db in
            try Row.fetchOne(db, sql: AgencyRecord.select + " WHERE code = ? COLLATE NOCASE", arguments: [code])
                .map(AgencyRecord.decode)
        }
    }

    /// The OPD with that id, for a detail that names one OPD without reading them all.
    public func agency(id: Int64) throws(StoreError) -> Agency? {
        try read { db in
            try Row.fetchOne(db, sql: AgencyRecord.select + " WHERE id = ?", arguments: [id]).map(AgencyRecord.decode)
        }
    }

    /// Bidang of one OPD, or of all when `agencyID` is nil; by OPD, then name.
    public func divisions(agencyID: Int64? = nil) throws(StoreError) -> [Division] {
        try read { db in
            let order = " ORDER BY agency_id, name COLLATE NOCASE, id"
            if let agencyID {
                return try Row.fetchAll(
                    db, sql: AgencyRecord.divisionSelect + " WHERE agency_id = ?" + order, arguments: [agencyID]
                ).map(AgencyRecord.decodeDivision)
            }
            return try Row.fetchAll(db, sql: AgencyRecord.divisionSelect + order).map(AgencyRecord.decodeDivision)
        }
    }

    /// Admin only: adds an OPD after `validate()`; a kelurahan's parent must be a kecamatan and codes
    /// are unique regardless of case. Returns it with its new id.
    public func addAgency(_ agency: Agency, by actor: String, now: Date = Date()) throws(StoreError) -> Agency {
        try validated(agency.validate)
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.agencyAdd)
            let taken = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM agency WHERE code = ? COLLATE NOCASE)", arguments: [agency.code])
            if taken == true { throw StoreError.validation(ValidationError(field: "code", reason: .invalid)) }
            var saved = agency
            saved.id = 0
            try AgencyRules.requireUnique(saved, db)
            try References.requireParent(of: agency, db)
            try AgencyRules.requireActiveParent(of: saved, db)
            try db.execute(sql: AgencyRecord.insertSQL, arguments: AgencyRecord.arguments(saved))
            saved.id = db.lastInsertedRowID
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.agencyAdd, entity: "agency", entityID: saved.id,
                after: AuditJSON.encode(saved))
            return saved
        }
    }

    /// Admin only: adds a bidang to an existing OPD. Returns it with its new id.
    public func addDivision(_ division: Division, by actor: String, now: Date = Date()) throws(StoreError)
        -> Division
    {
        try References.requireText(division.name, field: "name", max: 200)
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.divisionAdd)
            let agency = try AgencyRules.require(division.agencyID, db)
            try AgencyRules.requireFreeDivisionName(division.name, of: agency, db)
            var saved = division
            saved.id = 0
            try db.execute(sql: AgencyRecord.divisionInsertSQL, arguments: AgencyRecord.arguments(saved))
            saved.id = db.lastInsertedRowID
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.divisionAdd, entity: "division", entityID: saved.id,
                after: AuditJSON.encode(saved))
            return saved
        }
    }
}
