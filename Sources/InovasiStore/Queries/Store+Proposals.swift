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

    /// Every reviewer's scores of one proposal in every round, by round, then reviewer; the
    /// recommendation takes the current round's (``ReviewScore/ofRound(_:in:)``).
    public func scores(proposalID: Int64) throws(StoreError) -> [ReviewScore] {
        try read { db in
            try Row.fetchAll(
                db, sql: ScoreRecord.select + " WHERE proposal_id = ? ORDER BY round, reviewer", arguments: [proposalID]
            ).map(ScoreRecord.decode)
        }
    }
}
