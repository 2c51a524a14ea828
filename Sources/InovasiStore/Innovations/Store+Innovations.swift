import Foundation
import GRDB
import InovasiCore

/// Which innovations a list asks for; every part is optional.
public struct InnovationFilter: Hashable, Sendable {
    /// Only this OPD's.
    public var agencyID: Int64?
    /// Only those now at this stage.
    public var stage: Stage?
    /// Only those whose history holds a step to this stage within ``reachedWithin``.
    public var reached: Stage?
    /// The half-open time range `reached` is looked for in (a year in the office's zone).
    public var reachedWithin: Range<Date>?

    /// A filter as the command line builds it.
    public init(
        agencyID: Int64? = nil, stage: Stage? = nil, reached: Stage? = nil, reachedWithin: Range<Date>? = nil
    ) {
        self.agencyID = agencyID
        self.stage = stage
        self.reached = reached
        self.reachedWithin = reachedWithin
    }
}

extension Store {
    /// Innovations of one OPD, or of all when `agencyID` is nil; by OPD, then id.
    public func innovations(agencyID: Int64? = nil) throws(StoreError) -> [Innovation] {
        try innovations(matching: InnovationFilter(agencyID: agencyID))
    }

    /// Innovations matching `filter` that are not removed, by OPD, then id. "Reached penerapan in 2026" reads the stage
    /// history (`innovation_stage`), so an innovation moved on since still counts.
    public func innovations(matching filter: InnovationFilter) throws(StoreError) -> [Innovation] {
        var terms: [String] = [Removal.notRemoved(.innovation, "id")]
        var arguments = StatementArguments()
        if let agencyID = filter.agencyID {
            terms.append("agency_id = ?")
            arguments += [agencyID]
        }
        if let stage = filter.stage {
            terms.append("stage = ?")
            arguments += [stage.rawValue]
        }
        if let reached = filter.reached {
            // Read from `innovation_stage_reached` (stage, changed_on): only the steps in range.
            var step = "stage = ?"
            arguments += [reached.rawValue]
            if let range = filter.reachedWithin {
                step += " AND changed_on >= ? AND changed_on < ?"
                arguments += [StoredTime.text(range.lowerBound), StoredTime.text(range.upperBound)]
            }
            terms.append("id IN (SELECT innovation_id FROM innovation_stage WHERE \(step))")
        }
        let condition = " WHERE " + terms.joined(separator: " AND ")
        let sql = InnovationRecord.select + condition + " ORDER BY agency_id, id"
        return try read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(InnovationRecord.decode) }
    }

    /// One innovation by id, nil when there is none.
    public func innovation(id: Int64) throws(StoreError) -> Innovation? {
        try read { db in try InnovationRecord.fetch(id: id, db) }
    }

    /// The dated stage history of one innovation, oldest first.
    public func stageHistory(of id: Int64) throws(StoreError) -> [StageChange] {
        try read { db in try StageRecord.history(of: id, db) }
    }

    /// Admin only: adds an innovation after `validate()`; its OPD, bidang and proposal must exist,
    /// and a main one must be the first of its OPD or bidang. Returns it as stored, with its new id.
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
            if innovation.isMain, try MainFlag.current(of: innovation, db) != nil {
                throw StoreError.validation(ValidationError(field: "isMain", reason: .invalid))
            }
            return try Self.insertInnovation(innovation, by: actor, now: now, db)
        }
    }

    /// Inserts and audits an innovation inside the caller's transaction, with the stage history its
    /// record implies; returns it as stored.
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
        for var change in StageChange.implied(by: stored) {
            change.by = actor
            try StageRecord.append(change, db)
        }
        try AuditLog.append(
            db, at: now, user: actor, action: StoreAction.innovationAdd, entity: "innovation", entityID: id,
            after: AuditJSON.encode(stored))
        return stored
    }
}
