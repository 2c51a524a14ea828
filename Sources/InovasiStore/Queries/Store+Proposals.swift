import Foundation
import GRDB
import InovasiCore

extension Store {
    /// One proposal, or nil when no proposal has that id.
    public func proposal(id: Int64) throws(StoreError) -> Proposal? {
        try read { db in try ProposalRecord.fetch(id: id, db) }
    }

    /// All proposals of one OPD that are not removed, oldest submission first.
    public func proposals(agencyID: Int64) throws(StoreError) -> [Proposal] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: ProposalRecord.select + " WHERE agency_id = ? AND " + Removal.notRemoved(.proposal, "id")
                    + " ORDER BY submitted_at, id", arguments: [agencyID]
            ).map(ProposalRecord.decode)
        }
    }

    /// The reviewer holding the proposal (set by `take`), or nil.
    public func assignee(proposalID: Int64) throws(StoreError) -> String? {
        try read { db in try ProposalRecord.assignee(proposalID: proposalID, db) }
    }

    /// Every reviewer's scores of one proposal, by reviewer.
    public func scores(proposalID: Int64) throws(StoreError) -> [ReviewScore] {
        try read { db in
            try Row.fetchAll(
                db, sql: ScoreRecord.select + " WHERE proposal_id = ? ORDER BY reviewer", arguments: [proposalID]
            ).map(ScoreRecord.decode)
        }
    }

    /// Admin only: records a new proposal after `validate()`. It enters the queue as submitted at
    /// version 1 (a status other than `.submitted` is refused: statuses change only through ``apply``).
    /// Returns it as stored, with its new id.
    public func addProposal(_ proposal: Proposal, by actor: String, now: Date = Date()) throws(StoreError)
        -> Proposal
    {
        try validated(proposal.validate)
        guard proposal.status == .submitted else {
            throw .validation(ValidationError(field: "status", reason: .invalid))
        }
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.proposalAdd)
            try References.requireAgency(proposal.agencyID, db)
            try References.requireDivision(proposal.divisionID, of: proposal.agencyID, db)
            var saved = proposal
            saved.id = 0
            saved.version = 1
            saved.updatedAt = proposal.submittedAt
            try db.execute(sql: ProposalRecord.insertSQL, arguments: ProposalRecord.arguments(saved))
            let id = db.lastInsertedRowID
            guard let stored = try ProposalRecord.fetch(id: id, db) else { throw MissingRow(table: "proposal", id: id) }
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.proposalAdd, entity: "proposal", entityID: id,
                after: AuditJSON.encode(stored))
            return stored
        }
    }
}
