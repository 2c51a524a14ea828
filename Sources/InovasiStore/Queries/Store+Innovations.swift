import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Innovations of one OPD, or of all when `agencyID` is nil; by OPD, then id.
    public func innovations(agencyID: Int64? = nil) throws(StoreError) -> [Innovation] {
        try read { db in
            if let agencyID {
                return try Row.fetchAll(
                    db, sql: InnovationRecord.select + " WHERE agency_id = ? ORDER BY id", arguments: [agencyID]
                ).map(InnovationRecord.decode)
            }
            return try Row.fetchAll(db, sql: InnovationRecord.select + " ORDER BY agency_id, id")
                .map(InnovationRecord.decode)
        }
    }

    /// Admin only: adds an innovation after `validate()`; its OPD, bidang and proposal must exist.
    /// Returns it as stored, with its new id.
    public func addInnovation(_ innovation: Innovation, by actor: String, now: Date = Date()) throws(StoreError)
        -> Innovation
    {
        try validated(innovation.validate)
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.innovationAdd)
            try References.requireAgency(innovation.agencyID, db)
            try References.requireDivision(innovation.divisionID, of: innovation.agencyID, db)
            if let proposalID = innovation.proposalID {
                let used = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM innovation WHERE proposal_id = ?)", arguments: [proposalID])
                guard try AgencyRecord.exists("proposal", id: proposalID, db), used == false else {
                    throw StoreError.validation(ValidationError(field: "proposalID", reason: .invalid))
                }
            }
            return try Self.insertInnovation(innovation, by: actor, now: now, db)
        }
    }

    /// Inserts and audits an innovation inside the caller's transaction; returns it as stored.
    static func insertInnovation(_ innovation: Innovation, by actor: String, now: Date, _ db: Database) throws
        -> Innovation
    {
        var saved = innovation
        saved.id = 0
        try db.execute(sql: InnovationRecord.insertSQL, arguments: InnovationRecord.arguments(saved))
        let id = db.lastInsertedRowID
        guard let stored = try InnovationRecord.fetch(id: id, db) else {
            throw MissingRow(table: "innovation", id: id)
        }
        try AuditLog.append(
            db, at: now, user: actor, action: StoreAction.innovationAdd, entity: "innovation", entityID: id,
            after: AuditJSON.encode(stored))
        return stored
    }
}
