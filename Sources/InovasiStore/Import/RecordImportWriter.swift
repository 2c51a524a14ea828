import Foundation
import GRDB
import InovasiCore

/// Plans and writes an import of proposals or innovations inside the caller's transaction, with
/// statements prepared once (a file of 10 000 proposals writes 20 000 rows).
struct RecordImportWriter {
    /// The audit action of an import of proposals.
    static let proposalAction = "import.proposals"
    /// The audit action of an import of innovations.
    static let innovationAction = "import.innovations"

    let db: Database
    let actor: String
    let now: Date

    static func planProposals(_ proposals: [Proposal], zone: TimeZone, _ db: Database) throws
        -> RecordImportPlan<Proposal>
    {
        var known = Set(
            try Row.fetchAll(db, sql: "SELECT agency_id, title, submitted_at FROM proposal").map { row in
                let at = try row.time("submitted_at", table: "proposal")
                let day = CalendarDay(containing: at, in: zone)
                let title: String = try row.value("title")
                return "\(try row.value("agency_id") as Int64)|\(RecordImportKey.folded(title))|\(day)"
            })
        var plan = RecordImportPlan<Proposal>()
        for proposal in proposals {
            if known.insert(RecordImportKey.of(proposal, zone: zone)).inserted {
                plan.added.append(proposal)
            } else {
                plan.unchanged.append(proposal)
            }
        }
        return plan
    }

    static func planInnovations(_ innovations: [Innovation], _ db: Database) throws -> RecordImportPlan<Innovation> {
        var known = Set(
            try Row.fetchAll(db, sql: "SELECT agency_id, title FROM innovation").map { row in
                let title: String = try row.value("title")
                return "\(try row.value("agency_id") as Int64)|\(RecordImportKey.folded(title))"
            })
        var plan = RecordImportPlan<Innovation>()
        for innovation in innovations {
            if known.insert(RecordImportKey.of(innovation)).inserted {
                plan.added.append(innovation)
            } else {
                plan.unchanged.append(innovation)
            }
        }
        return plan
    }

    /// Inserts one proposal as submitted at version 1, with its audit row.
    func add(_ proposal: Proposal) throws {
        try References.requireAgency(proposal.agencyID, db)
        try References.requireDivision(proposal.divisionID, of: proposal.agencyID, db)
        var saved = proposal
        saved.id = 0
        saved.status = .submitted
        saved.version = 1
        saved.updatedAt = proposal.submittedAt
        try db.cachedStatement(sql: ProposalRecord.insertSQL).execute(arguments: ProposalRecord.arguments(saved))
        saved.id = db.lastInsertedRowID
        try audit(StoreAction.proposalAdd, "proposal", saved.id, after: AuditJSON.encode(saved))
    }

    /// Inserts one innovation (never main: the flag has its own command) with its implied stage history.
    func add(_ innovation: Innovation) throws {
        try References.requireAgency(innovation.agencyID, db)
        try References.requireDivision(innovation.divisionID, of: innovation.agencyID, db)
        var saved = innovation
        saved.id = 0
        saved.isMain = false
        saved.proposalID = nil
        try db.cachedStatement(sql: InnovationRecord.insertSQL).execute(
            arguments: InnovationRecord.arguments(saved))
        saved.id = db.lastInsertedRowID
        for var change in StageChange.implied(by: saved) {
            change.by = actor
            try db.cachedStatement(sql: StageRecord.insertSQL).execute(arguments: StageRecord.arguments(change))
        }
        try audit(StoreAction.innovationAdd, "innovation", saved.id, after: AuditJSON.encode(saved))
    }

    /// The import's own audit row: the file and the counts.
    func summary(_ action: String, source: String, added: Int, unchanged: Int) throws {
        try AuditLog.append(
            db, at: now, user: actor, action: action, entity: "import", entityID: nil,
            after: AuditJSON.encode(RecordImportSummary(file: source, added: added, unchanged: unchanged)),
            note: source)
    }

    func audit(_ action: String, _ entity: String, _ id: Int64, after: String) throws {
        let entry = AuditEntry(
            id: 0, at: now, user: actor, action: action, entity: entity, entityID: id, before: nil, after: after,
            note: "")
        try db.cachedStatement(sql: AuditLog.insertSQL).execute(arguments: AuditLog.arguments(entry))
    }
}

/// The counts the import's own audit row keeps.
struct RecordImportSummary: Encodable {
    let file: String
    let added: Int
    let unchanged: Int
}
