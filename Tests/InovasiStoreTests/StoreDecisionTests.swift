import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: review decisions")
struct StoreDecisionTests {
    let now = Fixture.now

    @Test func takeAssignsTheReviewerAndBumpsTheVersion() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        #expect(proposal.version == 1)
        let taken = try fixture.store.apply(
            .take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer, now: now)
        #expect(taken.status == .inReview)
        #expect(taken.version == 2)
        #expect(taken.updatedAt == now)
        #expect(try fixture.store.assignee(proposalID: proposal.id) == Fixture.reviewer)
        let released = try fixture.store.apply(
            .release, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.reviewer, now: now)
        #expect(released.status == .submitted)
        #expect(try fixture.store.assignee(proposalID: proposal.id) == nil)
    }

    @Test func aSuccessfulDecisionWritesTheChangeAndItsAuditRowTogether() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        _ = try fixture.store.apply(
            .take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer, now: now)
        let decided = try fixture.store.apply(
            .requestRevision, to: proposal.id, expectedVersion: 2, note: "Lengkapi anggaran", by: Fixture.reviewer,
            now: now)
        #expect(decided.status == .revisionRequested)
        let history = try fixture.store.auditLog(entity: "proposal", id: proposal.id)
        #expect(history.map(\.action) == ["proposal.add", "proposal.take", "proposal.requestRevision"])
        let last = try #require(history.last)
        #expect(last.user == Fixture.reviewer)
        #expect(last.at == now)
        #expect(last.note == "Lengkapi anggaran")
        #expect(last.before?.contains("\"inReview\"") == true)
        #expect(last.after?.contains("\"revisionRequested\"") == true)
        #expect(last.after?.contains("\"version\":3") == true)
    }

    @Test func aRefusedDecisionLeavesNeitherChangeNorAuditRow() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        let taken = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        let logBefore = try fixture.store.auditLog(limit: 1000)

        #expect(throws: StoreError.validation(ValidationError(field: "note", reason: .missing))) {
            try fixture.store.apply(.reject, to: proposal.id, expectedVersion: 2, note: "  ", by: Fixture.reviewer)
        }
        #expect(throws: StoreError.transition(TransitionError(from: .inReview, event: .resubmit))) {
            try fixture.store.apply(.resubmit, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        }
        #expect(throws: StoreError.unknownProposal(id: 999)) {
            try fixture.store.apply(.approve, to: 999, expectedVersion: 1, note: "", by: Fixture.reviewer)
        }
        #expect(try fixture.store.proposal(id: proposal.id) == taken)
        #expect(try fixture.store.auditLog(limit: 1000) == logBefore)
    }

    @Test func approvingAddsTheAdoptedInnovationInTheSameTransaction() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        let approved = try fixture.store.apply(
            .approve, to: proposal.id, expectedVersion: 2, note: "Layak", by: Fixture.reviewer, now: now)
        #expect(approved.status == .approved)
        let innovation = try #require(try fixture.store.innovations(agencyID: fixture.dinkes.id).first)
        var expected = approved.adoptedInnovation(on: now)
        expected.id = innovation.id
        #expect(innovation == expected)
        #expect(innovation.stage == .initiative)
        #expect(innovation.proposalID == proposal.id)
        let log = try fixture.store.auditLog(limit: 2)
        #expect(log.map(\.action) == ["innovation.add", "proposal.approve"])
        #expect(try fixture.store.check() == [])
    }

    @Test func anApprovalWhoseInnovationCannotBeAddedIsUndoneWhole() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        // An innovation already claims to come from this proposal, so the adopted one would clash.
        var existing = Fixture.innovation("Sudah ada", agency: fixture.dinkes, stage: .trial)
        existing.proposalID = proposal.id
        _ = try fixture.store.addInnovation(existing, by: Fixture.admin)
        let logBefore = try fixture.store.auditLog(limit: 1000)
        #expect(throws: StoreError.validation(ValidationError(field: "innovation.proposalID", reason: .invalid))) {
            try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        }
        #expect(try fixture.store.proposal(id: proposal.id)?.status == .inReview)
        #expect(try fixture.store.proposal(id: proposal.id)?.version == 2)
        #expect(try fixture.store.innovations().count == 1)
        #expect(try fixture.store.auditLog(limit: 1000) == logBefore)
    }

    @Test func aStaleDecisionIsRefusedNamingWhoChangedItFirst() throws {
        let fixture = try Fixture()
        try fixture.store.addUser(User(name: "dodi", role: .reviewer), by: Fixture.admin)
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        // A second connection, as a second reviewer's process would have.
        let other = try Store.open(at: fixture.path)
        let seenByBoth = try #require(try other.proposal(id: proposal.id)).version
        let decidedAt = now.addingTimeInterval(3600)
        _ = try fixture.store.apply(
            .approve, to: proposal.id, expectedVersion: seenByBoth, note: "Layak", by: Fixture.reviewer,
            now: decidedAt)

        let error = try #require(throws: StoreError.self) {
            try other.apply(.reject, to: proposal.id, expectedVersion: seenByBoth, note: "Tidak layak", by: "dodi")
        }
        #expect(
            error
                == .staleVersion(
                    proposalID: proposal.id, expected: 2, actual: 3, changedBy: Fixture.reviewer, changedAt: decidedAt,
                    action: "proposal.approve"))
        let message = error.message(.id)
        #expect(message.contains(Fixture.reviewer))
        #expect(message.contains("2026-12-07 04:00"))
        #expect(message.contains("menyetujui"))
        #expect(error.message(.en).contains("approved it"))
        #expect(try other.proposal(id: proposal.id)?.status == .approved)
        #expect(try !other.auditLog(limit: 100).contains { $0.action == "proposal.reject" })
    }

    @Test func viewersSupervisorsAndStrangersCannotDecide() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        for (user, role) in [(Fixture.viewer, Role.viewer), (Fixture.supervisor, .supervisor)] {
            #expect(throws: StoreError.permissionDenied(user: user, role: role, action: "proposal.approve")) {
                try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: user)
            }
        }
        #expect(throws: StoreError.permissionDenied(user: "tamu", role: nil, action: "proposal.approve")) {
            try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: "tamu")
        }
        #expect(try fixture.store.proposal(id: proposal.id)?.status == .inReview)
    }

    @Test func aReviewerDoesNotReviewTheirOwnAgency() throws {
        let fixture = try Fixture()
        let own = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        let other = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        let error = try #require(throws: StoreError.self) {
            try fixture.store.apply(.take, to: own.id, expectedVersion: 1, note: "", by: Fixture.dinkesReviewer)
        }
        #expect(error == .ownAgency(user: Fixture.dinkesReviewer, proposalID: own.id, agency: "DINKES"))
        #expect(error.message(.id).contains("usulan #\(own.id)"))
        #expect(error.message(.en).contains("works at DINKES"))
        _ = try fixture.store.apply(.take, to: own.id, expectedVersion: 1, note: "", by: Fixture.admin)
        #expect(
            throws: StoreError.ownAgency(user: Fixture.dinkesReviewer, proposalID: own.id, agency: "DINKES")
        ) {
            try fixture.store.saveScore(Fixture.score(own.id, by: Fixture.dinkesReviewer), by: Fixture.dinkesReviewer)
        }
        let taken = try fixture.store.apply(
            .take, to: other.id, expectedVersion: 1, note: "", by: Fixture.dinkesReviewer)
        #expect(taken.status == .inReview)
    }

    @Test func scoresAreSavedPerReviewerWhileInReview() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        let score = Fixture.score(proposal.id, by: Fixture.reviewer)
        #expect(
            throws: StoreError.statusRefused(proposalID: proposal.id, status: .submitted, action: "score.save")
        ) {
            try fixture.store.saveScore(score, by: Fixture.reviewer)
        }
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        try fixture.store.saveScore(score, by: Fixture.reviewer, now: now)
        try fixture.store.saveScore(Fixture.score(proposal.id, by: Fixture.admin, value: 5), by: Fixture.admin)
        var changed = score
        changed.values[.replicable] = 2
        try fixture.store.saveScore(changed, by: Fixture.reviewer, now: now)
        #expect(try fixture.store.scores(proposalID: proposal.id).map(\.reviewer) == [Fixture.admin, Fixture.reviewer])
        #expect(try fixture.store.scores(proposalID: proposal.id).last == changed)
        #expect(try fixture.store.proposal(id: proposal.id)?.version == 2)

        var outOfRange = score
        outOfRange.values[.benefit] = 6
        #expect(
            throws: StoreError.validation(
                ValidationError(field: "score.benefit", reason: .outOfRange(min: 1, max: 5, got: 6)))
        ) {
            try fixture.store.saveScore(outOfRange, by: Fixture.reviewer)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "reviewer", reason: .invalid))) {
            try fixture.store.saveScore(score, by: Fixture.admin)
        }
        #expect(throws: StoreError.permissionDenied(user: Fixture.viewer, role: .viewer, action: "score.save")) {
            try fixture.store.saveScore(Fixture.score(proposal.id, by: Fixture.viewer), by: Fixture.viewer)
        }
        let audit = try fixture.store.auditLog(entity: "review_score", id: proposal.id)
        #expect(audit.map(\.user) == [Fixture.reviewer, Fixture.admin, Fixture.reviewer])
        #expect(audit.last?.before != nil)
    }
}
