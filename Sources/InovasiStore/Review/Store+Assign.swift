import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin: assigns `reviewer` to every proposal in `ids`, in ONE transaction (all or nothing),
    /// one audit row each (`proposal.assign`, note names the reviewer).
    ///
    /// A submitted proposal becomes inReview; an inReview one changes hands. Either way its version
    /// goes up, so a decision still made against the old version is refused as stale. Refused: actor
    /// not admin (`.permissionDenied`); reviewer unknown (`.unknownUser`) or not reviewer/admin
    /// (`.permissionDenied` of `proposal.review`) or an external member (`.externalMember`); an unknown id (`.unknownProposal`);
    /// `expectedVersions[id]` given and stale (`.staleVersion`); a proposal neither submitted nor
    /// inReview (`.statusRefused`); the reviewer works at the proposal's OPD (`.ownAgency`). The
    /// first refusal names its proposal, and nothing at all is written. Ids repeated count once;
    /// returns the proposals as stored, in the order of `ids`.
    public func assign(
        _ ids: [Int64], to reviewer: String, expectedVersions: [Int64: Int64] = [:], by actor: String,
        now: Date = Date()
    ) throws(StoreError) -> [Proposal] {
        let unique = try Self.uniqueIDs(ids)
        return try write { db in
            try Permission.require(db, actor: actor, action: StoreAction.assign) { $0.may(.assign) }
            guard let user = try UserRecord.fetch(name: reviewer, db) else {
                throw StoreError.unknownUser(name: reviewer)
            }
            guard user.role.may(.event(.take)) else {
                throw StoreError.permissionDenied(user: reviewer, role: user.role, action: StoreAction.review)
            }
            guard user.mayHold else {
                throw StoreError.externalMember(user: reviewer, proposalID: unique[0], action: StoreAction.assign)
            }
            return try unique.map { id in
                try Self.assignOne(id, to: user, expected: expectedVersions[id], actor: actor, now: now, db)
            }
        }
    }

    /// Admin: the assignee leaves; inReview → submitted (`proposal.unassign`, note names who left), all
    /// or nothing. Refused like ``assign(_:to:expectedVersions:by:now:)``; a proposal not in review
    /// is `.statusRefused`. Returns the proposals as stored, in the order of `ids`.
    public func unassign(
        _ ids: [Int64], expectedVersions: [Int64: Int64] = [:], by actor: String, now: Date = Date()
    ) throws(StoreError) -> [Proposal] {
        let unique = try Self.uniqueIDs(ids)
        return try write { db in
            try Permission.require(db, actor: actor, action: StoreAction.unassign) { $0.may(.unassign) }
            return try unique.map { id in
                try Self.unassignOne(id, expected: expectedVersions[id], actor: actor, now: now, db)
            }
        }
    }

    /// `ids` without repeats, in their first order; an empty list is refused (field `ids`).
    private static func uniqueIDs(_ ids: [Int64]) throws(StoreError) -> [Int64] {
        var seen = Set<Int64>()
        let unique = ids.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { throw .validation(ValidationError(field: "ids", reason: .missing)) }
        return unique
    }

    private static func assignOne(
        _ id: Int64, to user: User, expected: Int64?, actor: String, now: Date, _ db: Database
    ) throws -> Proposal {
        let before = try currentProposal(id, expected: expected, db)
        guard let next = ReviewAct.assign.status(after: before.status) else {
            throw StoreError.statusRefused(proposalID: id, status: before.status, action: StoreAction.assign)
        }
        try Permission.refuseOwnAgency(user, proposal: before, db)
        let beforeAssignee = try ProposalRecord.assignee(proposalID: id, db)
        try setStatus(next, of: id, now: now, db)
        try db.execute(sql: ProposalRecord.assignSQL, arguments: [id, user.name, StoredTime.text(now)])
        let (after, afterJSON) = try ProposalSnapshot.current(id, db)
        try AuditLog.append(
            db, at: now, user: actor, action: StoreAction.assign, entity: "proposal", entityID: id,
            before: AuditJSON.encode(ProposalSnapshot(proposal: before, assignee: beforeAssignee)), after: afterJSON,
            note: user.name)
        return after
    }

    private static func unassignOne(
        _ id: Int64, expected: Int64?, actor: String, now: Date, _ db: Database
    ) throws -> Proposal {
        let before = try currentProposal(id, expected: expected, db)
        guard let next = ReviewAct.unassign.status(after: before.status) else {
            throw StoreError.statusRefused(proposalID: id, status: before.status, action: StoreAction.unassign)
        }
        let beforeAssignee = try ProposalRecord.assignee(proposalID: id, db)
        try setStatus(next, of: id, now: now, db)
        try db.execute(sql: "DELETE FROM assignment WHERE proposal_id = ?", arguments: [id])
        let (after, afterJSON) = try ProposalSnapshot.current(id, db)
        try AuditLog.append(
            db, at: now, user: actor, action: StoreAction.unassign, entity: "proposal", entityID: id,
            before: AuditJSON.encode(ProposalSnapshot(proposal: before, assignee: beforeAssignee)), after: afterJSON,
            note: beforeAssignee ?? "")
        return after
    }

    /// The proposal with `id`; `.unknownProposal`, or `.staleVersion` naming the last change when
    /// `expected` is given and differs from its version.
    static func currentProposal(_ id: Int64, expected: Int64?, _ db: Database) throws -> Proposal {
        guard let proposal = try ProposalRecord.fetch(id: id, db) else { throw StoreError.unknownProposal(id: id) }
        try Removal.requirePresent(.proposal, id, db)
        try refuseStale(proposal, expected: expected, db)
        return proposal
    }

    /// `.staleVersion` naming the proposal's last change when `expected` is given and differs.
    static func refuseStale(_ proposal: Proposal, expected: Int64?, _ db: Database) throws {
        guard let expected, expected != proposal.version else { return }
        let last = try AuditLog.last(entity: "proposal", id: proposal.id, db)
        throw StoreError.staleVersion(
            proposalID: proposal.id, expected: expected, actual: proposal.version, changedBy: last?.user ?? "?",
            changedAt: last?.at ?? proposal.updatedAt, action: last?.action ?? "?")
    }

    /// Sets the status, stamps the change time and bumps the version.
    static func setStatus(_ status: ProposalStatus, of id: Int64, now: Date, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE proposal SET status = ?, version = version + 1, updated_at = ? WHERE id = ?",
            arguments: [status.rawValue, StoredTime.text(now), id])
    }
}
