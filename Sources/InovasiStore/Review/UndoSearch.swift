import Foundation
import GRDB
import InovasiCore

/// Finds what an undo would reverse: the actor's last decision or assignment on a proposal, provided
/// no one else has acted on the proposal (changed it or scored it) since.
enum UndoSearch {
    /// The audit actions an undo may reverse.
    static let undoable: Set<String> = [
        StoreAction.proposal(.take), StoreAction.proposal(.release), StoreAction.proposal(.approve),
        StoreAction.proposal(.requestRevision), StoreAction.proposal(.reject), StoreAction.assign,
        StoreAction.unassign,
    ]

    /// SQL saying the audit row `alias` (a `proposal` row) was not undone: the one rule of the
    /// yearly figures. An undo succeeds only when nobody else acted on the proposal since the act it
    /// reverses (see ``find(proposalID:actor:_:)``), and the actor's own later acts other than scores
    /// would be what it reverses; so the proposal row right after an undone act is its undo.
    static func notUndone(_ alias: String) -> String {
        """
        (SELECT n.action FROM audit_log n WHERE n.entity = 'proposal' AND n.entity_id = \(alias).entity_id
         AND n.id > \(alias).id ORDER BY n.id LIMIT 1) IS NOT '\(StoreAction.undo)'
        """
    }

    /// What the search found.
    enum Outcome {
        /// The actor's entry to undo.
        case found(AuditEntry)
        /// The actor has an entry to undo, but this later entry of someone else's stands in the way.
        case blocked(by: AuditEntry)
        /// The actor's latest act on the proposal is nothing an undo reverses (or there is none).
        case nothing
    }

    /// Walks the proposal's history (its own rows and its scores) from the newest. The actor's own
    /// scores are passed over; their latest other entry decides: undoable, or nothing (an undo is
    /// not undone again, and one step back is all an undo gives).
    static func find(proposalID: Int64, actor: String, _ db: Database) throws -> Outcome {
        let sql =
            AuditLog.selectSQL + " WHERE entity IN ('proposal', 'review_score') AND entity_id = ? ORDER BY id DESC"
        let rows = try Row.fetchCursor(db, sql: sql, arguments: [proposalID])
        var blocker: AuditEntry?
        while let row = try rows.next() {
            let entry = try AuditLog.decode(row)
            if entry.user != actor {
                if blocker == nil { blocker = entry }
                continue
            }
            if entry.action == StoreAction.scoreSave { continue }
            guard undoable.contains(entry.action) else { return .nothing }
            return blocker.map { .blocked(by: $0) } ?? .found(entry)
        }
        return .nothing
    }

    /// The role the original act needed: admin for an assignment, else a reviewer of another OPD.
    static func requirePermission(for entry: AuditEntry, actor: String, proposal: Proposal, _ db: Database) throws {
        let act: ReviewAct =
            switch entry.action {
            case StoreAction.assign: .assign
            case StoreAction.unassign: .unassign
            default: StoreAction.event(in: entry.action).map(ReviewAct.event) ?? .event(.take)
            }
        try Permission.require(db, actor: actor, action: StoreAction.undo, act: act, proposal: proposal)
    }

    /// Who held the proposal before `entry`: as the row recorded it, or for rows that did not record
    /// it, as the act implies (nobody before a take, the releaser before a release, else unchanged).
    static func assigneeBefore(_ entry: AuditEntry, recorded: RecordedState, current: String?) -> String? {
        if let recorded = recorded.assignee { return recorded }
        switch entry.action {
        case StoreAction.proposal(.take): return nil
        case StoreAction.proposal(.release): return entry.user
        default: return current
        }
    }
}
