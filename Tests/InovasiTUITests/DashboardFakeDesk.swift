import Foundation
import InovasiCore

@testable import InovasiTUI

/// Records the review changes the dashboard asks for; refuses them when told to.
final class DashboardFakeDesk: ReviewDesk {
    struct Refusal: ReviewRefusal {
        var text: String
        func message(_ language: Language) -> String { text }
    }

    enum Call: Equatable {
        case take(Int64, Int64)
        case assign([Int64], String, [Int64: Int64])
        case unassign([Int64])
        case score(ReviewScore)
        case decide(ProposalEvent, Int64, Int64, String)
        case undo(Int64)
        case decideAll(ProposalEvent, [Int64: Int64], String)
        case undoAll([Int64])
    }

    private(set) var calls: [Call] = []
    var refusal: String?
    var saved: ReviewScore?
    var people = [
        User(name: "budi.s", role: .reviewer, agencyID: 1, displayName: "Budi Santoso"),
        User(name: "rina.h", role: .reviewer, agencyID: 1, displayName: "Rina Handayani"),
    ]

    func record(_ call: Call) throws {
        if let refusal { throw Refusal(text: refusal) }
        calls.append(call)
    }

    func take(_ id: Int64, expectedVersion: Int64) throws { try record(.take(id, expectedVersion)) }

    func assign(_ ids: [Int64], to reviewer: String, expectedVersions: [Int64: Int64]) throws {
        try record(.assign(ids, reviewer, expectedVersions))
    }

    func unassign(_ ids: [Int64], expectedVersions: [Int64: Int64]) throws { try record(.unassign(ids)) }

    func saveScore(_ score: ReviewScore) throws { try record(.score(score)) }

    func decide(_ event: ProposalEvent, id: Int64, expectedVersion: Int64, note: String) throws {
        try record(.decide(event, id, expectedVersion, note))
    }

    func undo(_ id: Int64) throws { try record(.undo(id)) }

    func decideAll(_ event: ProposalEvent, targets: [Int64: Int64], note: String) throws {
        try record(.decideAll(event, targets, note))
    }

    func undoAll(_ ids: [Int64]) throws { try record(.undoAll(ids)) }

    /// What `undoable` answers: the act `u` would undo.
    var undoableEntry: AuditEntry?

    func undoable(_ id: Int64) throws -> AuditEntry? { undoableEntry }

    func reviewers() throws -> [User] { people }

    func ownScore(proposalID: Int64) throws -> ReviewScore? { saved }
}
