import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// A store refusal as the dashboard shows it: the store's message, with times in the display zone.
struct StoreRefusal: ReviewRefusal {
    let error: StoreError
    let zone: TimeZone

    func message(_ language: Language) -> String { error.message(language, in: zone) }
}

/// The review changes of the dashboard, made in the store as the Unix user running it.
extension StoreDashboardSource: ReviewDesk {
    /// Takes the proposal into review as the actor, against the version the person saw.
    public func take(_ id: Int64, expectedVersion: Int64) throws {
        try refusing { () throws(StoreError) in
            _ = try store.apply(.take, to: id, expectedVersion: expectedVersion, note: "", by: actor)
        }
    }

    /// Assigns the proposals to `reviewer` in one transaction (admin only).
    public func assign(_ ids: [Int64], to reviewer: String, expectedVersions: [Int64: Int64]) throws {
        try refusing { () throws(StoreError) in
            _ = try store.assign(ids, to: reviewer, expectedVersions: expectedVersions, by: actor)
        }
    }

    /// Takes the reviewer off the proposals in one transaction (admin only).
    public func unassign(_ ids: [Int64], expectedVersions: [Int64: Int64]) throws {
        try refusing { () throws(StoreError) in
            _ = try store.unassign(ids, expectedVersions: expectedVersions, by: actor)
        }
    }

    /// Saves the actor's scores of a proposal in review.
    public func saveScore(_ score: ReviewScore) throws {
        try refusing { () throws(StoreError) in try store.saveScore(score, by: actor) }
    }

    /// Approves, asks for revision or rejects, against the version the person saw.
    public func decide(_ event: ProposalEvent, id: Int64, expectedVersion: Int64, note: String) throws {
        try refusing { () throws(StoreError) in
            _ = try store.apply(event, to: id, expectedVersion: expectedVersion, note: note, by: actor)
        }
    }

    /// The same decision for every marked proposal, in one transaction audited per proposal.
    public func decideAll(_ event: ProposalEvent, targets: [Int64: Int64], note: String) throws {
        try refusing { () throws(StoreError) in _ = try store.applyAll(event, to: targets, note: note, by: actor) }
    }

    /// Undoes the actor's last act on each proposal of the last batch, in one transaction.
    public func undoAll(_ ids: [Int64]) throws {
        try refusing { () throws(StoreError) in _ = try store.undoLast(proposalIDs: ids, by: actor) }
    }

    /// Reverses the actor's last decision or assignment on the proposal with a new audited event.
    public func undo(_ id: Int64) throws {
        try refusing { () throws(StoreError) in _ = try store.undoLast(proposalID: id, by: actor) }
    }

    /// The actor's act on the proposal an undo would reverse, if any.
    public func undoable(_ id: Int64) throws -> AuditEntry? {
        try refusing { () throws(StoreError) in try store.undoable(proposalID: id, by: actor) }
    }

    /// The people the picker offers: everyone who may hold a proposal (reviewers and admins, not
    /// the external members of the tim independen).
    public func reviewers() throws -> [User] {
        try refusing { () throws(StoreError) in try store.users().filter(\.mayHold) }
    }

    /// The actor's saved scores of a proposal, so the form starts from them.
    public func ownScore(proposalID: Int64) throws -> ReviewScore? {
        try refusing { () throws(StoreError) in
            try store.scores(proposalID: proposalID).last { $0.reviewer == actor }
        }
    }

    /// Runs `body`, turning a store refusal into one the dashboard can show in the person's language.
    func refusing<Value>(_ body: () throws(StoreError) -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            throw StoreRefusal(error: error, zone: zone)
        }
    }
}
