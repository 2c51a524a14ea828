import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: assigning reviewers")
struct StoreAssignTests {
    let now = Fixture.now
    static let dodi = "dodi"

    /// Three submitted proposals of DISDIKBUD and SETDA, one more taken by rina, one approved.
    func makeQueue() throws -> (Fixture, submitted: [Proposal], taken: Proposal, approved: Proposal) {
        let fixture = try Fixture()
        try fixture.store.addUser(User(name: Self.dodi, role: .reviewer), by: Fixture.admin)
        let submitted = try [
            fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 9),
            fixture.addProposal("Arsip digital", agency: fixture.setda, daysAgo: 8),
            fixture.addProposal("Perpustakaan keliling", agency: fixture.disdik, daysAgo: 7),
        ]
        let taken = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 6)
        _ = try fixture.store.apply(.take, to: taken.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        let approved = try fixture.addProposal("Posyandu daring", agency: fixture.disdik, daysAgo: 5)
        _ = try fixture.store.apply(.take, to: approved.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        _ = try fixture.store.apply(.approve, to: approved.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        return (fixture, submitted, try #require(try fixture.store.proposal(id: taken.id)), approved)
    }

    /// Everything an all-or-nothing refusal must leave as it was.
    func state(_ store: Store, _ ids: [Int64]) throws -> [String] {
        try ids.map { id in
            let proposal = try #require(try store.proposal(id: id))
            return "\(id) \(proposal.status) \(proposal.version) \(try store.assignee(proposalID: id) ?? "-")"
        } + store.auditLog(limit: 10_000).map { "\($0.id) \($0.action)" }
    }

    @Test func anAdminAssignsSeveralProposalsAtOnceWithOneAuditRowEach() throws {
        let (fixture, submitted, taken, _) = try makeQueue()
        let ids = submitted.map(\.id) + [taken.id, submitted[0].id]
        let assigned = try fixture.store.assign(ids, to: Self.dodi, by: Fixture.admin, now: now)
        #expect(assigned.map(\.id) == submitted.map(\.id) + [taken.id])
        #expect(assigned.allSatisfy { $0.status == .inReview && $0.updatedAt == now })
        #expect(assigned.map(\.version) == [2, 2, 2, 3])
        for id in assigned.map(\.id) {
            #expect(try fixture.store.assignee(proposalID: id) == Self.dodi)
            let last = try #require(try fixture.store.auditLog(entity: "proposal", id: id).last)
            #expect(last.action == "proposal.assign")
            #expect(last.user == Fixture.admin)
            #expect(last.note == Self.dodi)
            #expect(last.after?.contains("\"assignee\":\"dodi\"") == true)
        }
        let handedOver = try #require(try fixture.store.auditLog(entity: "proposal", id: taken.id).last)
        #expect(handedOver.before?.contains("\"assignee\":\"rina\"") == true)
        #expect(try fixture.store.auditLog(limit: 10).filter { $0.action == "proposal.assign" }.count == 4)
    }

    @Test func oneBadProposalRefusesTheWholeBatchNamingIt() throws {
        let (fixture, submitted, taken, approved) = try makeQueue()
        let ids = submitted.map(\.id) + [taken.id, approved.id]
        let before = try state(fixture.store, ids)
        #expect(
            throws: StoreError.statusRefused(proposalID: approved.id, status: .approved, action: "proposal.assign")
        ) {
            try fixture.store.assign(ids, to: Self.dodi, by: Fixture.admin)
        }
        #expect(throws: StoreError.unknownProposal(id: 999)) {
            try fixture.store.assign(submitted.map(\.id) + [999], to: Self.dodi, by: Fixture.admin)
        }
        let stale: [Int64: Int64] = [submitted[0].id: 1, taken.id: 1]
        #expect(
            throws: StoreError.staleVersion(
                proposalID: taken.id, expected: 1, actual: 2, changedBy: Fixture.reviewer, changedAt: taken.updatedAt,
                action: "proposal.take")
        ) {
            try fixture.store.assign(ids, to: Self.dodi, expectedVersions: stale, by: Fixture.admin)
        }
        #expect(try state(fixture.store, ids) == before)
    }

    @Test func onlyAdminsAssignAndOnlyToReviewersOfAnotherAgency() throws {
        let (fixture, submitted, taken, _) = try makeQueue()
        let ids = submitted.map(\.id) + [taken.id]
        let before = try state(fixture.store, ids)
        #expect(throws: StoreError.permissionDenied(user: Fixture.reviewer, role: .reviewer, action: "proposal.assign"))
        {
            try fixture.store.assign(ids, to: Self.dodi, by: Fixture.reviewer)
        }
        #expect(throws: StoreError.unknownUser(name: "tamu")) {
            try fixture.store.assign(ids, to: "tamu", by: Fixture.admin)
        }
        let viewer = try #require(throws: StoreError.self) {
            try fixture.store.assign(ids, to: Fixture.viewer, by: Fixture.admin)
        }
        #expect(viewer == .permissionDenied(user: Fixture.viewer, role: .viewer, action: "proposal.review"))
        #expect(viewer.message(.en) == "User vera (role: Viewer) may not review proposals.")
        #expect(
            throws: StoreError.ownAgency(user: Fixture.dinkesReviewer, proposalID: taken.id, agency: "DINKES")
        ) {
            try fixture.store.assign(ids, to: Fixture.dinkesReviewer, by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "ids", reason: .missing))) {
            try fixture.store.assign([], to: Self.dodi, by: Fixture.admin)
        }
        #expect(try state(fixture.store, ids) == before)
        let admins = try fixture.store.assign([submitted[0].id], to: Fixture.admin, by: Fixture.admin)
        #expect(admins.first?.status == .inReview)
    }

    @Test func unassigningReturnsProposalsToTheOpenQueueAllOrNothing() throws {
        let (fixture, submitted, taken, _) = try makeQueue()
        _ = try fixture.store.assign(Array(submitted.map(\.id).prefix(2)), to: Self.dodi, by: Fixture.admin)
        let held = [submitted[0].id, submitted[1].id, taken.id]
        let mixed = held + [submitted[2].id]
        let before = try state(fixture.store, mixed)
        #expect(
            throws: StoreError.statusRefused(
                proposalID: submitted[2].id, status: .submitted, action: "proposal.unassign")
        ) {
            try fixture.store.unassign(mixed, by: Fixture.admin)
        }
        #expect(throws: StoreError.permissionDenied(user: Self.dodi, role: .reviewer, action: "proposal.unassign")) {
            try fixture.store.unassign(held, by: Self.dodi)
        }
        #expect(try state(fixture.store, mixed) == before)

        let released = try fixture.store.unassign(held, by: Fixture.admin, now: now)
        #expect(released.allSatisfy { $0.status == .submitted })
        for id in held {
            #expect(try fixture.store.assignee(proposalID: id) == nil)
        }
        let last = try #require(try fixture.store.auditLog(entity: "proposal", id: taken.id).last)
        #expect(last.action == "proposal.unassign")
        #expect(last.note == Fixture.reviewer)
        #expect(try fixture.store.queueCount(Store.QueueFilter(assignee: .unassigned), now: now, overdueDays: 14) == 4)
    }

    @Test func aDecisionOnTheVersionBeforeAReassignmentIsRefusedNamingTheAdmin() throws {
        let (fixture, _, taken, _) = try makeQueue()
        let at = now.addingTimeInterval(600)
        _ = try fixture.store.assign([taken.id], to: Self.dodi, by: Fixture.admin, now: at)
        #expect(
            throws: StoreError.staleVersion(
                proposalID: taken.id, expected: 2, actual: 3, changedBy: Fixture.admin, changedAt: at,
                action: "proposal.assign")
        ) {
            try fixture.store.apply(.approve, to: taken.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        }
        let approved = try fixture.store.apply(.approve, to: taken.id, expectedVersion: 3, note: "", by: Self.dodi)
        #expect(approved.status == .approved)
    }
}
