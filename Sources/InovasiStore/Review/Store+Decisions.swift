import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Applies a status event in one transaction with its audit row. Refuses: role (decisions need
    /// reviewer/admin) → .permissionDenied; wrong status → .transition; missing note when required →
    /// .validation(field "note"); `expectedVersion` != current → .staleVersion naming the last audit
    /// entry's user, time and action. `.take` assigns `by`; `.approve` also inserts the Innovation
    /// (stage initiative) in the same transaction; `.resubmit` opens the next review round (the one
    /// path of a resubmission: the command line, the dashboard and the demo's history all lead here
    /// or play it the same way, ``Proposal/resubmitted(at:)``). Returns the updated proposal (version + 1).
    ///
    /// Every event needs a role that reviews (admin or reviewer), except withdrawing and resubmitting,
    /// which ``ProposalAct`` also gives an operator of the proposal's OPD; taking, releasing and
    /// deciding are also refused to a reviewer whose own OPD made the proposal. Deciding is refused to
    /// a reviewer who does not hold the proposal (`.notHolder`), and taking or deciding to an external
    /// member (`.externalMember`). The version is compared before the holder and the status, so a
    /// decision overtaken by someone else's names that person rather than a status.
    public func apply(
        _ event: ProposalEvent, to proposalID: Int64, expectedVersion: Int64, note: String, by actor: String,
        now: Date = Date()
    ) throws(StoreError) -> Proposal {
        try write { db in
            try Self.apply(event, to: proposalID, expectedVersion: expectedVersion, note: note, by: actor, now: now, db)
        }
    }

    /// ``apply(_:to:expectedVersion:note:by:now:)`` inside the caller's transaction, so a batch of
    /// proposals (``applyAll(_:to:note:by:now:)``) is one transaction audited per proposal.
    static func apply(
        _ event: ProposalEvent, to proposalID: Int64, expectedVersion: Int64, note: String, by actor: String,
        now: Date, _ db: Database
    ) throws -> Proposal {
        let before = try Self.checkedProposal(
            proposalID, event: event, expectedVersion: expectedVersion, actor: actor, db)
        let beforeAssignee = try ProposalRecord.assignee(proposalID: proposalID, db)
        let next = try Self.nextStatus(of: before, after: event, actor: actor, db)
        if event == .approve, try Self.hasAdoptedInnovation(proposalID, db) {
            throw StoreError.validation(ValidationError(field: "innovation.proposalID", reason: .invalid))
        }
        if event.requiresNote, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StoreError.validation(ValidationError(field: "note", reason: .missing))
        }
        try db.execute(
            sql: "UPDATE proposal SET status = ?, version = version + 1, round = round + ?, updated_at = ? "
                + "WHERE id = ? AND version = ?",
            arguments: [
                next.rawValue, event == .resubmit ? 1 : 0, StoredTime.text(now), proposalID, before.version,
            ])
        try Self.updateAssignment(for: event, proposalID: proposalID, actor: actor, now: now, db)
        let (after, afterJSON) = try ProposalSnapshot.current(proposalID, db)
        try AuditLog.append(
            db, at: now, user: actor, action: StoreAction.proposal(event), entity: "proposal",
            entityID: proposalID,
            before: AuditJSON.encode(ProposalSnapshot(proposal: before, assignee: beforeAssignee)),
            after: afterJSON, note: note)
        if event == .approve {
            _ = try Self.insertInnovation(after.adoptedInnovation(on: now), by: actor, now: now, db)
        }
        return after
    }

    /// Whether an innovation already names this proposal as its origin (approving would add a second).
    private static func hasAdoptedInnovation(_ proposalID: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM innovation WHERE proposal_id = ?)", arguments: [proposalID]) ?? false
    }

    /// The status `event` leads to. When the domain does not allow it: `.statusChanged` naming who
    /// last changed the proposal if someone else did after it was added or submitted, else `.transition`.
    private static func nextStatus(of proposal: Proposal, after event: ProposalEvent, actor: String, _ db: Database)
        throws -> ProposalStatus
    {
        do {
            return try proposal.status.applying(event)
        } catch {
            guard let last = try AuditLog.last(entity: "proposal", id: proposal.id, db), last.user != actor,
                last.action != StoreAction.proposalAdd, last.action != StoreAction.proposalSubmit
            else {
                throw StoreError.transition(error)
            }
            throw StoreError.statusChanged(
                proposalID: proposal.id, status: proposal.status, event: event, changedBy: last.user,
                changedAt: last.at, action: last.action)
        }
    }

    /// The proposal, once the actor's role, the expected version and the right to act on it (only
    /// its holder or an admin decides; an external member never takes) are confirmed. The version
    /// comes before the holder, so a decision overtaken by a reassignment names the admin who made it.
    private static func checkedProposal(
        _ id: Int64, event: ProposalEvent, expectedVersion: Int64, actor: String, _ db: Database
    ) throws -> Proposal {
        guard let proposal = try ProposalRecord.fetch(id: id, db) else { throw StoreError.unknownProposal(id: id) }
        try Removal.requirePresent(.proposal, id, db)
        let action = StoreAction.proposal(event)
        let user = try Permission.require(db, actor: actor, action: action, act: .event(event), proposal: proposal)
        try refuseStale(proposal, expected: expectedVersion, db)
        try Permission.requireHolder(user, act: .event(event), action: action, proposal: proposal, db)
        return proposal
    }

    /// `take` assigns the actor; `release` and `resubmit` put the proposal back in the open queue.
    private static func updateAssignment(
        for event: ProposalEvent, proposalID: Int64, actor: String, now: Date, _ db: Database
    ) throws {
        switch event {
        case .take:
            try db.execute(sql: ProposalRecord.assignSQL, arguments: [proposalID, actor, StoredTime.text(now)])
        case .release, .resubmit:
            try db.execute(sql: "DELETE FROM assignment WHERE proposal_id = ?", arguments: [proposalID])
        case .approve, .requestRevision, .reject, .withdraw:
            break
        }
    }

    /// Saves (or replaces) the actor's own scores of a proposal in review, with an audit row.
    /// A proposal not in review is refused as `.statusRefused` (action `score.save`).
    ///
    /// Scores do not change the proposal's version: they are each reviewer's own row, and a reviewer
    /// who scores and then decides must not be refused as stale by their own scoring.
    public func saveScore(_ score: ReviewScore, by actor: String, now: Date = Date()) throws(StoreError) {
        try saveScore(score, expectedVersion: nil, by: actor, now: now)
    }

    /// ``saveScore(_:by:now:)`` made against the version the reviewer saw: when `expectedVersion` is
    /// given and the proposal has changed since, `.staleVersion` names who changed it, nothing saved.
    /// The score is saved in the proposal's current round, whatever `score.round` says.
    public func saveScore(_ score: ReviewScore, expectedVersion: Int64?, by actor: String, now: Date = Date())
        throws(StoreError)
    {
        try validated(score.validate)
        var score = score
        guard score.reviewer == actor else {
            throw .validation(ValidationError(field: "reviewer", reason: .invalid))
        }
        try write { db in
            guard let proposal = try ProposalRecord.fetch(id: score.proposalID, db) else {
                throw StoreError.unknownProposal(id: score.proposalID)
            }
            try Removal.requirePresent(.proposal, score.proposalID, db)
            try Permission.require(db, actor: actor, action: StoreAction.scoreSave, act: .score, proposal: proposal)
            try Self.refuseStale(proposal, expected: expectedVersion, db)
            guard ReviewAct.score.isAllowed(in: proposal.status) else {
                throw StoreError.statusRefused(
                    proposalID: proposal.id, status: proposal.status, action: StoreAction.scoreSave)
            }
            score.round = proposal.round
            let before = try Row.fetchOne(
                db, sql: ScoreRecord.select + " WHERE proposal_id = ? AND round = ? AND reviewer = ?",
                arguments: [score.proposalID, score.round, score.reviewer]
            ).map(ScoreRecord.decode)
            try db.execute(sql: ScoreRecord.upsertSQL, arguments: ScoreRecord.arguments(score))
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.scoreSave, entity: "review_score",
                entityID: score.proposalID, before: try before.map(AuditJSON.encode), after: AuditJSON.encode(score),
                note: score.note)
        }
    }
}
