import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Undoes the actor's own last decision or assignment/take on the proposal by a NEW audited event
    /// (`proposal.undo`, before/after, note "undo of <action> at <time>"), restoring the previous
    /// status and assignee; history is never erased, and the version goes up as for any change.
    ///
    /// Undoing an approval also removes the innovation it created (kept in the undo row's `before`
    /// under `innovation`, and logged as `innovation.remove`). Refused with `.undoRefused` naming who
    /// did what when, if anyone else acted on the proposal (changed or scored it) since; with
    /// `.nothingToUndo` when the actor's latest act on it is nothing an undo reverses (one step: an
    /// undo is not undone); `.permissionDenied` when the actor's role no longer allows the act
    /// (admin for an assignment, reviewer or admin otherwise); `.unknownProposal`.
    public func undoLast(proposalID: Int64, by actor: String, now: Date = Date()) throws(StoreError) -> Proposal {
        try undoLast(proposalID: proposalID, expectedVersion: nil, by: actor, now: now)
    }

    /// ``undoLast(proposalID:by:now:)`` made against the version the user saw: when `expectedVersion`
    /// is given and the proposal has changed since, `.staleVersion` names who changed it.
    public func undoLast(proposalID: Int64, expectedVersion: Int64?, by actor: String, now: Date = Date())
        throws(StoreError) -> Proposal
    {
        try write { db in
            try Self.undoLast(proposalID: proposalID, expectedVersion: expectedVersion, by: actor, now: now, db)
        }
    }

    /// ``undoLast(proposalID:expectedVersion:by:now:)`` inside the caller's transaction (a batch).
    static func undoLast(proposalID: Int64, expectedVersion: Int64?, by actor: String, now: Date, _ db: Database)
        throws -> Proposal
    {
        let proposal = try Self.currentProposal(proposalID, expected: expectedVersion, db)
        let entry: AuditEntry
        switch try UndoSearch.find(proposalID: proposalID, actor: actor, db) {
        case .nothing: throw StoreError.nothingToUndo(proposalID: proposalID)
        case .blocked(let other):
            throw StoreError.undoRefused(proposalID: proposalID, by: other.user, at: other.at, action: other.action)
        case .found(let found): entry = found
        }
        try UndoSearch.requirePermission(for: entry, actor: actor, proposal: proposal, db)
        guard let recorded = RecordedState.parse(entry.before),
            RecordedState.parse(entry.after)?.status ?? proposal.status == proposal.status
        else { throw StoreError.nothingToUndo(proposalID: proposalID) }
        return try Self.reverse(entry, recorded: recorded, proposal: proposal, actor: actor, now: now, db)
    }

    /// The actor's undoable last action on the proposal, if any (for the UI's hint): nil when there
    /// is none, when someone else acted since, or when the actor's role no longer allows it.
    public func undoable(proposalID: Int64, by actor: String) throws(StoreError) -> AuditEntry? {
        try read { db in
            guard let proposal = try ProposalRecord.fetch(id: proposalID, db) else {
                throw StoreError.unknownProposal(id: proposalID)
            }
            guard case .found(let entry) = try UndoSearch.find(proposalID: proposalID, actor: actor, db) else {
                return nil
            }
            do {
                try UndoSearch.requirePermission(for: entry, actor: actor, proposal: proposal, db)
            } catch is StoreError {
                return nil
            }
            return entry
        }
    }

    /// Writes the reversal of `entry` inside the caller's transaction.
    private static func reverse(
        _ entry: AuditEntry, recorded: RecordedState, proposal: Proposal, actor: String, now: Date, _ db: Database
    ) throws -> Proposal {
        let note = "undo of \(entry.action) at \(entry.at.formatted(.iso8601))"
        let currentAssignee = try ProposalRecord.assignee(proposalID: proposal.id, db)
        let assignee = UndoSearch.assigneeBefore(entry, recorded: recorded, current: currentAssignee)
        var removed: Innovation?
        if entry.action == StoreAction.proposal(.approve) {
            removed = try removeAdoptedInnovation(of: proposal.id, actor: actor, note: note, now: now, db)
        }
        try setStatus(recorded.status, of: proposal.id, now: now, db)
        if assignee != currentAssignee {
            if let assignee {
                try db.execute(sql: ProposalRecord.assignSQL, arguments: [proposal.id, assignee, StoredTime.text(now)])
            } else {
                try db.execute(sql: "DELETE FROM assignment WHERE proposal_id = ?", arguments: [proposal.id])
            }
        }
        let before = ProposalSnapshot(proposal: proposal, assignee: currentAssignee, innovation: removed)
        let (after, afterJSON) = try ProposalSnapshot.current(proposal.id, db)
        try AuditLog.append(
            db, at: now, user: actor, action: StoreAction.undo, entity: "proposal", entityID: proposal.id,
            before: AuditJSON.encode(before), after: afterJSON, note: note)
        return after
    }

    /// Deletes the innovation the approval created, with its own audit row. Refused (`.undoRefused`
    /// naming who scheduled it) when a mentoring session already refers to it.
    private static func removeAdoptedInnovation(
        of proposalID: Int64, actor: String, note: String, now: Date, _ db: Database
    ) throws -> Innovation? {
        let id = try Int64.fetchOne(db, sql: "SELECT id FROM innovation WHERE proposal_id = ?", arguments: [proposalID])
        guard let id, let innovation = try InnovationRecord.fetch(id: id, db) else { return nil }
        let session = try Int64.fetchOne(
            db, sql: "SELECT session_id FROM session_innovation WHERE innovation_id = ? ORDER BY session_id LIMIT 1",
            arguments: [id])
        if let session {
            let added = try AuditLog.last(entity: "mentoring_session", id: session, db)
            throw StoreError.undoRefused(
                proposalID: proposalID, by: added?.user ?? "?", at: added?.at ?? now,
                action: added?.action ?? StoreAction.sessionAdd)
        }
        try db.execute(sql: "DELETE FROM innovation_stage WHERE innovation_id = ?", arguments: [id])
        try IIDEvidenceRecord.deleteAll(of: id, by: actor, note: note, now: now, db)
        try db.execute(sql: "DELETE FROM innovation WHERE id = ?", arguments: [id])
        try AuditLog.append(
            db, at: now, user: actor, action: StoreAction.innovationRemove, entity: "innovation", entityID: id,
            before: AuditJSON.encode(innovation), note: note)
        return innovation
    }
}
