import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Two reviewers with their own connections deciding the same proposal: the second learns who did
/// what and when, and the audit log holds exactly one decision. The second is an admin: only the
/// holder or an admin may decide (issue 12), so two deciders are always a holder and an admin.
@Suite("Store: two reviewers on one proposal")
struct StoreTwoReviewerTests {
    /// An admin, who may decide a proposal rina holds.
    static let dodi = "dodi"

    /// A taken proposal (version 2) and two stores on the same file, as two reviewers' processes.
    func setUp() throws -> (Fixture, Proposal, Store, Store) {
        let fixture = try Fixture()
        try fixture.store.addUser(User(name: Self.dodi, role: .admin), by: Fixture.admin)
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        let taken = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        return (fixture, taken, try Store.open(at: fixture.path), try Store.open(at: fixture.path))
    }

    func decisions(_ store: Store, _ id: Int64) throws -> [AuditEntry] {
        let events: Set<String> = ["proposal.approve", "proposal.reject", "proposal.requestRevision"]
        return try store.auditLog(entity: "proposal", id: id).filter { events.contains($0.action) }
    }

    @Test(arguments: 0..<4)
    func decidingAtOnceOneWinsAndTheOtherIsToldWho(round: Int) throws {
        let (fixture, proposal, first, second) = try setUp()
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let (store, user, event, note) =
                index == 0
                ? (first, Fixture.reviewer, ProposalEvent.approve, "Layak")
                : (second, Self.dodi, ProposalEvent.reject, "Tidak layak")
            do {
                _ = try store.apply(event, to: proposal.id, expectedVersion: 2, note: note, by: user)
                outcomes.add(user, nil)
            } catch {
                outcomes.add(user, error)
            }
        }
        let results = outcomes.all
        let winners = results.filter { $0.error == nil }.map(\.user)
        #expect(winners.count == 1)
        let loser = try #require(results.first { $0.error != nil })
        let winner = try #require(winners.first)
        guard case .staleVersion(_, 2, 3, let changedBy, _, let action) = loser.error else {
            Issue.record("expected a stale refusal, got \(String(describing: loser.error))")
            return
        }
        #expect(changedBy == winner)
        #expect(action == (winner == Fixture.reviewer ? "proposal.approve" : "proposal.reject"))
        #expect(loser.error?.message(.en).contains(winner) == true)
        let decided = try decisions(fixture.store, proposal.id)
        #expect(decided.map(\.user) == [winner])
        let innovations = try fixture.store.innovations(agencyID: proposal.agencyID).count
        #expect(innovations == (winner == Fixture.reviewer ? 1 : 0))
        #expect(try fixture.store.check() == [])
        _ = round
    }

    @Test func aReviewerWhoReadTheNewVersionIsToldWhoDecidedFirst() throws {
        let (fixture, proposal, first, second) = try setUp()
        let decidedAt = Fixture.now.addingTimeInterval(600)
        _ = try first.apply(
            .approve, to: proposal.id, expectedVersion: 2, note: "Layak", by: Fixture.reviewer, now: decidedAt)
        let fresh = try #require(try second.proposal(id: proposal.id))
        let error = try #require(throws: StoreError.self) {
            try second.apply(.reject, to: proposal.id, expectedVersion: fresh.version, note: "Tidak", by: Self.dodi)
        }
        #expect(
            error
                == .statusChanged(
                    proposalID: proposal.id, status: .approved, event: .reject, changedBy: Fixture.reviewer,
                    changedAt: decidedAt, action: "proposal.approve"))
        #expect(error.message(.id).contains("rina menyetujuinya pada 2026-12-07 03:10 UTC"))
        #expect(try decisions(fixture.store, proposal.id).count == 1)
    }
}

/// What each concurrent attempt ended with, collected from several threads.
private final class Outcomes: @unchecked Sendable {
    struct Outcome {
        var user: String
        var error: StoreError?
    }

    private let lock = NSLock()
    private var items: [Outcome] = []

    func add(_ user: String, _ error: (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        items.append(Outcome(user: user, error: error.map { $0 as? StoreError ?? .io(path: "", detail: "\($0)") }))
    }

    var all: [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
