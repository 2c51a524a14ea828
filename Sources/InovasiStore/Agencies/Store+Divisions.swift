import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin only: renames a bidang; the new name must be free in its OPD (ignoring case). Innovations
    /// and proposals refer to it by id and follow. Audited with before and after.
    public func renameDivision(id: Int64, to name: String, by actor: String, now: Date = Date()) throws(StoreError)
        -> Division
    {
        try References.requireText(name, field: "name", max: 200)
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.divisionRename)
            guard let before = try Self.division(id: id, db) else { throw References.unknown("divisionID") }
            let agency = try AgencyRules.require(before.agencyID, db)
            try AgencyRules.requireFreeDivisionName(name, of: agency, except: id, db)
            var after = before
            after.name = name
            if after == before { return before }
            try db.execute(sql: "UPDATE division SET name = ? WHERE id = ?", arguments: [name, id])
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.divisionRename, entity: "division", entityID: id,
                before: AuditJSON.encode(before), after: AuditJSON.encode(after))
            return after
        }
    }

    /// Admin only: removes a bidang that no innovation or proposal uses; one that is used is refused
    /// with the counts (``StoreError/divisionInUse(agency:division:innovations:proposals:)``), since
    /// removing it would rewrite their history. Audited with what was removed.
    public func removeDivision(id: Int64, by actor: String, now: Date = Date()) throws(StoreError) {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.divisionRemove)
            guard let before = try Self.division(id: id, db) else { throw References.unknown("divisionID") }
            let agency = try AgencyRules.require(before.agencyID, db)
            let innovations =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM innovation WHERE division_id = ?", arguments: [id]) ?? 0
            let proposals =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE division_id = ?", arguments: [id]) ?? 0
            if innovations + proposals > 0 {
                throw StoreError.divisionInUse(
                    agency: agency.code, division: before.name, innovations: innovations, proposals: proposals)
            }
            try db.execute(sql: "DELETE FROM division WHERE id = ?", arguments: [id])
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.divisionRemove, entity: "division", entityID: id,
                before: AuditJSON.encode(before))
        }
    }

    /// The bidang of the OPD `agencyID` called `name` (ignoring case and surrounding spaces), if any.
    public func division(named name: String, agencyID: Int64) throws(StoreError) -> Division? {
        try read { db in try AgencyRules.division(named: name, of: agencyID, db) }
    }

    static func division(id: Int64, _ db: Database) throws -> Division? {
        try Row.fetchOne(db, sql: AgencyRecord.divisionSelect + " WHERE id = ?", arguments: [id])
            .map(AgencyRecord.decodeDivision)
    }
}
