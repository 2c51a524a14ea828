import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Who decides (issue 12, point 2): several reviewers score a proposal, only its holder or an admin
/// approves, revises or rejects it; an external member of the tim independen scores, never takes,
/// decides or is assigned.
@Suite("Store: decision rights of the holder, an admin, other reviewers and external members")
struct StoreDecisionRightsTests {
    static let dewi = "dewi"
    static let guru = "guru"

    /// A proposal rina holds (version 2), with dewi (another reviewer) and guru (external) known.
    func setUp() throws -> (Fixture, Proposal) {
        let fixture = try Fixture()
        try fixture.store.addUser(User(name: Self.dewi, role: .reviewer), by: Fixture.admin)
        try fixture.store.addUser(User(name: Self.guru, role: .reviewer, isExternal: true), by: Fixture.admin)
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        let taken = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        return (fixture, taken)
    }

    @Test("the holder decides")
    func holderDecides() throws {
        let (fixture, proposal) = try setUp()
        let decided = try fixture.store.apply(
            .approve, to: proposal.id, expectedVersion: 2, note: "Layak", by: Fixture.reviewer)
        #expect(decided.status == .approved)
    }

    @Test("an admin decides a proposal someone else holds")
    func adminDecides() throws {
        let (fixture, proposal) = try setUp()
        let decided = try fixture.store.apply(
            .reject, to: proposal.id, expectedVersion: 2, note: "Bukan kewenangan daerah", by: Fixture.admin)
        #expect(decided.status == .rejected)
    }

    @Test(
        "another reviewer may score but not approve, revise or reject; nothing is written",
        arguments: [
            ProposalEvent.approve, .requestRevision, .reject,
        ])
    func anotherReviewerIsRefused(event: ProposalEvent) throws {
        let (fixture, proposal) = try setUp()
        try fixture.store.saveScore(Fixture.score(proposal.id, by: Self.dewi), by: Self.dewi, now: Fixture.now)
        let error = try #require(throws: StoreError.self) {
            try fixture.store.apply(event, to: proposal.id, expectedVersion: 2, note: "Catatan", by: Self.dewi)
        }
        #expect(
            error
                == .notHolder(
                    user: Self.dewi, proposalID: proposal.id, holder: Fixture.reviewer,
                    action: "proposal.\(event.rawValue)"))
        #expect(error.exitCode == 1)
        #expect(error.message(.en).contains("held by rina: only the reviewer who holds it or an admin may"))
        #expect(error.message(.id).contains("dipegang rina"))
        #expect(try fixture.store.proposal(id: proposal.id)?.status == .inReview)
        #expect(try fixture.store.proposal(id: proposal.id)?.version == 2)
    }

    @Test("an external member may score, but is refused taking, deciding and being assigned")
    func externalMember() throws {
        let (fixture, proposal) = try setUp()
        try fixture.store.saveScore(Fixture.score(proposal.id, by: Self.guru), by: Self.guru, now: Fixture.now)
        #expect(try fixture.store.scores(proposalID: proposal.id).map(\.reviewer) == [Self.guru])
        let decide = try #require(throws: StoreError.self) {
            try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "Layak", by: Self.guru)
        }
        #expect(decide == .externalMember(user: Self.guru, proposalID: proposal.id, action: "proposal.approve"))
        #expect(decide.message(.en).contains("external member of the tim independen"))

        let other = try fixture.addProposal("Posyandu digital", agency: fixture.dinkes, daysAgo: 3)
        let take = try #require(throws: StoreError.self) {
            try fixture.store.apply(.take, to: other.id, expectedVersion: 1, note: "", by: Self.guru)
        }
        #expect(take == .externalMember(user: Self.guru, proposalID: other.id, action: "proposal.take"))
        let assign = try #require(throws: StoreError.self) {
            try fixture.store.assign([other.id], to: Self.guru, by: Fixture.admin)
        }
        #expect(assign == .externalMember(user: Self.guru, proposalID: other.id, action: "proposal.assign"))
        #expect(try fixture.store.proposal(id: other.id)?.status == .submitted)
    }

    @Test("an external member is a reviewer without an OPD, and stays one")
    func externalIsAReviewerWithoutAgency() throws {
        let fixture = try Fixture()
        #expect(throws: StoreError.validation(ValidationError(field: "opd", reason: .invalid))) {
            try fixture.store.addUser(
                User(name: "ahli", role: .reviewer, agencyID: fixture.dinkes.id, isExternal: true), by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "external", reason: .invalid))) {
            try fixture.store.addUser(User(name: "ahli", role: .admin, isExternal: true), by: Fixture.admin)
        }
        try fixture.store.addUser(User(name: "ahli", role: .reviewer, isExternal: true), by: Fixture.admin)
        #expect(throws: StoreError.validation(ValidationError(field: "external", reason: .invalid))) {
            try fixture.store.setRole(of: "ahli", to: .admin, by: Fixture.admin)
        }
        #expect(try fixture.store.user(named: "ahli")?.role == .reviewer)
    }
}
