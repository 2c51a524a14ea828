import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Entering and correcting proposals: the operator role's limits, edits while allowed, and review
/// rounds (a resubmission opens the next round; earlier scores stay, the recommendation moves on).
@Suite("Store: proposals, operators and review rounds")
struct StoreProposalTests {
    static let operatorName = "operator.dinkes"

    /// A fixture with an operator of Dinas Kesehatan.
    func fixture() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.store.addUser(
            User(name: Self.operatorName, role: .operator, agencyID: fixture.dinkes.id), by: Fixture.admin,
            now: Fixture.now)
        return fixture
    }

    /// The whole file as the worker dumps it, to compare before and after a refusal.
    func content(_ fixture: Fixture) throws -> String {
        let dump = try Worker.run(["dump", fixture.path])
        #expect(dump.status == 0, "\(dump.errors)")
        return dump.output
    }

    @Test func anOperatorNeedsAnOPD() throws {
        let fixture = try Fixture()
        let before = try content(fixture)
        let error = try #require(throws: StoreError.self) {
            try fixture.store.addUser(User(name: "op", role: .operator), by: Fixture.admin, now: Fixture.now)
        }
        #expect(error == .validation(ValidationError(field: "opd", reason: .missing)))
        #expect(try content(fixture) == before)
        try fixture.store.addUser(User(name: "op", role: .viewer), by: Fixture.admin, now: Fixture.now)
        #expect(throws: StoreError.self) { try fixture.store.setRole(of: "op", to: .operator, by: Fixture.admin) }
    }

    @Test func anOperatorAddsAndEditsItsOwnOPDsProposals() throws {
        let fixture = try fixture()
        let added = try fixture.store.addProposal(
            Fixture.proposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 1), by: Self.operatorName,
            now: Fixture.now)
        #expect(added.round == 1 && added.version == 1)
        var edited = added
        edited.budget = 1_250_000
        edited.design = "Rancang bangun baru."
        let saved = try fixture.store.editProposal(edited, by: Self.operatorName, now: Fixture.now)
        #expect(saved.budget == 1_250_000 && saved.version == 2 && saved.round == 1 && saved.status == .submitted)
        let audit = try fixture.store.auditLog(entity: "proposal", id: added.id)
        #expect(audit.map(\.action) == ["proposal.add", "proposal.edit"])
        #expect(audit.last?.before?.contains("\"budget\":25000000") == true)
        #expect(audit.last?.after?.contains("\"budget\":1250000") == true)
        #expect(try fixture.store.editProposal(saved, by: Self.operatorName) == saved)
    }

    @Test func anOperatorIsRefusedAnotherOPDsProposalAndEveryReviewAct() throws {
        let fixture = try fixture()
        let other = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 2)
        let own = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 2)
        let before = try content(fixture)
        var edited = other
        edited.title = "Diubah"
        let refusals: [() throws -> Void] = [
            { _ = try fixture.store.editProposal(edited, by: Self.operatorName) },
            {
                _ = try fixture.store.addProposal(
                    Fixture.proposal("Lain", agency: fixture.disdik, daysAgo: 0), by: Self.operatorName)
            },
            {
                _ = try fixture.store.apply(
                    .withdraw, to: other.id, expectedVersion: 1, note: "", by: Self.operatorName)
            },
            { _ = try fixture.store.apply(.take, to: own.id, expectedVersion: 1, note: "", by: Self.operatorName) },
            { try fixture.store.saveScore(Fixture.score(own.id, by: Self.operatorName), by: Self.operatorName) },
            {
                var moved = own
                moved.agencyID = fixture.disdik.id
                _ = try fixture.store.editProposal(moved, by: Self.operatorName)
            },
            {
                _ = try fixture.store.addInnovation(
                    Fixture.innovation("X", agency: fixture.dinkes, stage: .trial), by: Self.operatorName)
            },
        ]
        for refusal in refusals {
            #expect(throws: StoreError.self) { try refusal() }
        }
        let error = try #require(throws: StoreError.self) {
            _ = try fixture.store.editProposal(edited, by: Self.operatorName)
        }
        #expect(error == .otherAgency(user: Self.operatorName, agency: "DINKES", proposalAgency: "DISDIKBUD"))
        #expect(error.message(.en).contains("DISDIKBUD"))
        #expect(try content(fixture) == before)
    }

    @Test func editingIsRefusedWhileInReviewOrDecided() throws {
        let fixture = try fixture()
        let added = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 2)
        let taken = try fixture.store.apply(.take, to: added.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        let before = try content(fixture)
        var edited = taken
        edited.title = "Diubah"
        let error = try #require(throws: StoreError.self) {
            _ = try fixture.store.editProposal(edited, by: Fixture.admin)
        }
        #expect(error == .statusRefused(proposalID: added.id, status: .inReview, action: "proposal.edit"))
        #expect(
            error.message(.en).contains("submitted or revision requested") || error.message(.en).contains("Submitted"))
        #expect(try content(fixture) == before)
    }

    @Test func aResubmissionOpensTheNextRoundAndTheRecommendationMovesOn() throws {
        let fixture = try fixture()
        let store = fixture.store
        let added = try store.addProposal(
            Fixture.proposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 3), by: Self.operatorName,
            now: Fixture.now - 3 * Fixture.day)
        var proposal = try store.apply(.take, to: added.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        try store.saveScore(Fixture.score(added.id, by: Fixture.reviewer, value: 2), by: Fixture.reviewer)
        proposal = try store.apply(
            .requestRevision, to: added.id, expectedVersion: proposal.version, note: "Perjelas manfaat",
            by: Fixture.reviewer)
        var revised = proposal
        revised.benefit = "Manfaat yang lebih jelas."
        proposal = try store.editProposal(revised, by: Self.operatorName)
        proposal = try store.apply(
            .resubmit, to: added.id, expectedVersion: proposal.version, note: "Sudah diperbaiki", by: Self.operatorName)
        #expect(proposal.round == 2 && proposal.status == .submitted)
        #expect(try store.assignee(proposalID: added.id) == nil)
        let queued = try #require(try store.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14).first)
        #expect(queued.score == nil && queued.scoreCount == 0)
        proposal = try store.apply(
            .take, to: added.id, expectedVersion: proposal.version, note: "", by: Fixture.reviewer)
        try store.saveScore(Fixture.score(added.id, by: Fixture.reviewer, value: 5), by: Fixture.reviewer)
        let scores = try store.scores(proposalID: added.id)
        #expect(scores.map(\.round) == [1, 2])
        #expect(scores.map { $0.values[.renewal] } == [2, 5])
        let current = ReviewScore.ofRound(proposal.round, in: scores)
        #expect(current.count == 1 && ScoringRules.standard.recommendsApproval(current[0].values))
        let row = try #require(try store.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14).first)
        #expect(row.score == 5 && row.scoreCount == 1)
        let actions = try store.auditLog(entity: "proposal", id: added.id).map(\.action)
        #expect(
            actions == [
                "proposal.add", "proposal.take", "proposal.requestRevision", "proposal.edit", "proposal.resubmit",
                "proposal.take",
            ])
    }
}
