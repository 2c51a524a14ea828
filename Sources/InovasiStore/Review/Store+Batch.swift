import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The same decision (or take, release) for several proposals in ONE transaction, each with its
    /// own audit row and its own checks (version, holder, status, note) as in
    /// ``apply(_:to:expectedVersion:note:by:now:)``: all or nothing. A refusal names the proposal it
    /// stopped at (``StoreError/onProposal(id:_:)`` when its own message does not).
    /// `expectedVersions`: proposal id → the version the person saw.
    @discardableResult
    public func applyAll(
        _ event: ProposalEvent, to expectedVersions: [Int64: Int64], note: String, by actor: String,
        now: Date = Date()
    ) throws(StoreError) -> [Proposal] {
        try write { db in
            try expectedVersions.keys.sorted().map { id in
                try Self.naming(id) {
                    try Self.apply(
                        event, to: id, expectedVersion: expectedVersions[id] ?? 0, note: note, by: actor, now: now, db)
                }
            }
        }
    }

    /// Undoes the actor's last act on each proposal of a batch in ONE transaction (all or nothing),
    /// each by its own audited `proposal.undo` as ``undoLast(proposalID:by:now:)`` does. The dashboard
    /// calls it for `u` right after a bulk action; the batch is the list it kept of that action's
    /// proposals (DECISIONS.md).
    @discardableResult
    public func undoLast(proposalIDs: [Int64], by actor: String, now: Date = Date()) throws(StoreError) -> [Proposal] {
        try write { db in
            try proposalIDs.sorted().map { id in
                try Self.naming(id) { try Self.undoLast(proposalID: id, expectedVersion: nil, by: actor, now: now, db) }
            }
        }
    }

    /// Runs `body` for one proposal of a batch, so a refusal that does not name it says which it was.
    static func naming<T>(_ id: Int64, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            switch error {
            case .transition, .validation, .permissionDenied, .unknownUser: throw StoreError.onProposal(id: id, error)
            default: throw error
            }
        }
    }
}
