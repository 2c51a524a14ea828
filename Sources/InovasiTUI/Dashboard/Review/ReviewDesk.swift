import Foundation
import InovasiCore

/// The changes a reviewer makes from the dashboard; each is one audited transaction in the store.
///
/// Every call carries the row version the person saw, so a change made meanwhile by someone else is
/// refused with a ``ReviewRefusal`` naming who did what, and nothing is lost.
public protocol ReviewDesk: AnyObject {
    /// Takes a proposal into review, assigned to the person.
    func take(_ id: Int64, expectedVersion: Int64) throws
    /// Assigns proposals to a reviewer (admin), all or nothing.
    func assign(_ ids: [Int64], to reviewer: String, expectedVersions: [Int64: Int64]) throws
    /// Takes the assignee off proposals (admin), all or nothing.
    func unassign(_ ids: [Int64], expectedVersions: [Int64: Int64]) throws
    /// Saves the person's scores of a proposal.
    func saveScore(_ score: ReviewScore) throws
    /// Approves, asks for revision or rejects.
    func decide(_ event: ProposalEvent, id: Int64, expectedVersion: Int64, note: String) throws
    /// The same decision for several proposals (id → version seen): one transaction, all or nothing.
    func decideAll(_ event: ProposalEvent, targets: [Int64: Int64], note: String) throws
    /// Reverses the person's last act on each proposal of a batch: one transaction, all or nothing.
    func undoAll(_ ids: [Int64]) throws
    /// Reverses the person's last decision or assignment on the proposal with a new audited event.
    func undo(_ id: Int64) throws
    /// What ``undo(_:)`` would reverse on the proposal (nil: nothing), so the dashboard can ask first.
    func undoable(_ id: Int64) throws -> AuditEntry?
    /// The people who may review, for the assign picker.
    func reviewers() throws -> [User]
    /// The person's own saved scores of a proposal, to start the form from.
    func ownScore(proposalID: Int64) throws -> ReviewScore?
}

/// A refusal the person must read: the store's message in their language.
public protocol ReviewRefusal: Error {
    /// What was refused and why, naming the proposal, the person or the field.
    func message(_ language: Language) -> String
}

extension ReviewRefusal {
    /// The message in both languages, so the status line can show it in whichever is in force.
    public var localized: Localized { Localized(composing: message) }
}
