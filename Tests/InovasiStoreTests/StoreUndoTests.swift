import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: undo")
struct StoreUndoTests {
    let now = Fixture.now
    /// When the undo is made, an hour after the act it undoes.
    let later = Fixture.now.addingTimeInterval(3600)

    /// A fixture with one proposal of DISDIKBUD, taken by rina at ``now`` (version 2).
    func taken() throws -> (Fixture, Proposal) {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        let taken = try fixture.store.apply(
            .take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer, now: now)
        return (fixture, taken)
    }

    @Test func undoingATakeReturnsTheProposalToTheOpenQueueAndKeepsTheHistory() throws {
        let (fixture, proposal) = try taken()
        let undone = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer, now: later)
        #expect(undone.status == .submitted)
        #expect(undone.version == 3)
        #expect(undone.updatedAt == later)
        #expect(try fixture.store.assignee(proposalID: proposal.id) == nil)
        let history = try fixture.store.auditLog(entity: "proposal", id: proposal.id)
        #expect(history.map(\.action) == ["proposal.add", "proposal.take", "proposal.undo"])
        let undo = try #require(history.last)
        #expect(undo.user == Fixture.reviewer)
        #expect(undo.at == later)
        #expect(undo.note == "undo of proposal.take at 2026-12-07T03:00:00Z")
        #expect(undo.before?.contains("\"status\":\"inReview\"") == true)
        #expect(undo.before?.contains("\"assignee\":\"rina\"") == true)
        #expect(undo.after?.contains("\"status\":\"submitted\"") == true)
        #expect(undo.after?.contains("\"assignee\":null") == true)
    }

    @Test(arguments: [ProposalEvent.requestRevision, .reject, .release])
    func undoingADecisionOrReleaseRestoresInReviewWithTheSameReviewer(event: ProposalEvent) throws {
        let (fixture, proposal) = try taken()
        let decided = try fixture.store.apply(
            event, to: proposal.id, expectedVersion: 2, note: "Catatan", by: Fixture.reviewer, now: now)
        #expect(decided.status != .inReview)
        let undone = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer, now: later)
        #expect(undone.status == .inReview)
        #expect(undone.version == 4)
        #expect(try fixture.store.assignee(proposalID: proposal.id) == Fixture.reviewer)
        let history = try fixture.store.auditLog(entity: "proposal", id: proposal.id)
        #expect(history.map(\.action).suffix(2) == ["proposal.\(event.rawValue)", "proposal.undo"])
        #expect(history.dropLast().last?.note == "Catatan")
    }

    @Test func undoingAnApprovalRemovesTheInnovationItCreatedAndRecordsIt() throws {
        let (fixture, proposal) = try taken()
        _ = try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        let innovation = try #require(try fixture.store.innovations(agencyID: fixture.disdik.id).first)
        let undone = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer, now: later)
        #expect(undone.status == .inReview)
        #expect(try fixture.store.innovations(agencyID: fixture.disdik.id) == [])
        #expect(try fixture.store.check() == [])
        let undo = try #require(try fixture.store.auditLog(entity: "proposal", id: proposal.id).last)
        #expect(undo.before?.contains("\"innovation\":{") == true)
        #expect(undo.before?.contains("\"proposalID\":\(proposal.id)") == true)
        let removal = try #require(try fixture.store.auditLog(entity: "innovation", id: innovation.id).last)
        #expect(removal.action == "innovation.remove")
        #expect(removal.note == undo.note)
        // Approving again makes a new innovation: nothing of the first blocks it.
        let again = try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 4, note: "", by: Fixture.admin)
        #expect(again.status == .approved)
        #expect(try fixture.store.innovations(agencyID: fixture.disdik.id).count == 1)
    }

    @Test func undoingAnAssignmentRestoresTheReviewerWhoHeldItBefore() throws {
        let (fixture, proposal) = try taken()
        let fresh = try fixture.addProposal("Arsip digital", agency: fixture.setda, daysAgo: 3)
        _ = try fixture.store.assign([proposal.id, fresh.id], to: Fixture.admin, by: Fixture.admin, now: now)
        let back = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.admin, now: later)
        #expect(back.status == .inReview)
        #expect(try fixture.store.assignee(proposalID: proposal.id) == Fixture.reviewer)
        let open = try fixture.store.undoLast(proposalID: fresh.id, by: Fixture.admin, now: later)
        #expect(open.status == .submitted)
        #expect(try fixture.store.assignee(proposalID: fresh.id) == nil)

        _ = try fixture.store.unassign([proposal.id], by: Fixture.admin, now: later)
        #expect(try fixture.store.assignee(proposalID: proposal.id) == nil)
        let restored = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.admin, now: later)
        #expect(restored.status == .inReview)
        #expect(try fixture.store.assignee(proposalID: proposal.id) == Fixture.reviewer)
    }

    @Test func anUndoIsRefusedNamingWhoActedSinceAndChangesNothing() throws {
        let (fixture, proposal) = try taken()
        let scoredAt = now.addingTimeInterval(900)
        try fixture.store.saveScore(Fixture.score(proposal.id, by: Fixture.admin), by: Fixture.admin, now: scoredAt)
        let log = try fixture.store.auditLog(limit: 1000)
        let error = try #require(throws: StoreError.self) {
            try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer, now: later)
        }
        #expect(error == .undoRefused(proposalID: proposal.id, by: Fixture.admin, at: scoredAt, action: "score.save"))
        #expect(error.message(.id).contains("admin menilainya pada 2026-12-07 03:15 UTC"))
        #expect(try fixture.store.undoable(proposalID: proposal.id, by: Fixture.reviewer) == nil)

        let decidedAt = now.addingTimeInterval(1200)
        _ = try fixture.store.apply(
            .approve, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.admin, now: decidedAt)
        #expect(
            throws: StoreError.undoRefused(
                proposalID: proposal.id, by: Fixture.admin, at: decidedAt, action: "proposal.approve")
        ) {
            try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)
        }
        #expect(try fixture.store.auditLog(limit: 1000).count == log.count + 2)
        #expect(try fixture.store.proposal(id: proposal.id)?.status == .approved)
    }

    @Test func theActorsOwnScoresDoNotBlockTheirUndo() throws {
        let (fixture, proposal) = try taken()
        try fixture.store.saveScore(Fixture.score(proposal.id, by: Fixture.reviewer), by: Fixture.reviewer)
        _ = try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        let entry = try #require(try fixture.store.undoable(proposalID: proposal.id, by: Fixture.reviewer))
        #expect(entry.action == "proposal.approve")
        let undone = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)
        #expect(undone.status == .inReview)
        #expect(try fixture.store.scores(proposalID: proposal.id).map(\.reviewer) == [Fixture.reviewer])
    }

    @Test func thereIsNothingToUndoWithoutAnOwnActOrAfterAnUndo() throws {
        let (fixture, proposal) = try taken()
        #expect(throws: StoreError.nothingToUndo(proposalID: proposal.id)) {
            try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.admin)
        }
        #expect(try fixture.store.undoable(proposalID: proposal.id, by: Fixture.admin) == nil)
        _ = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)
        #expect(throws: StoreError.nothingToUndo(proposalID: proposal.id)) {
            try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)
        }
        #expect(throws: StoreError.unknownProposal(id: 404)) {
            try fixture.store.undoLast(proposalID: 404, by: Fixture.reviewer)
        }
        #expect(throws: StoreError.unknownProposal(id: 404)) {
            try fixture.store.undoable(proposalID: 404, by: Fixture.reviewer)
        }
    }

    @Test func aUserWhoseRoleNoLongerAllowsTheActCannotUndoIt() throws {
        let (fixture, proposal) = try taken()
        #expect(try fixture.store.undoable(proposalID: proposal.id, by: Fixture.reviewer)?.action == "proposal.take")
        try fixture.store.setRole(of: Fixture.reviewer, to: .viewer, by: Fixture.admin)
        #expect(try fixture.store.undoable(proposalID: proposal.id, by: Fixture.reviewer) == nil)
        #expect(throws: StoreError.permissionDenied(user: Fixture.reviewer, role: .viewer, action: "proposal.undo")) {
            try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)
        }
        #expect(try fixture.store.proposal(id: proposal.id)?.status == .inReview)
    }

    @Test func anApprovalWhoseInnovationIsAlreadyInASessionCannotBeUndone() throws {
        let (fixture, proposal) = try taken()
        _ = try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        let innovation = try #require(try fixture.store.innovations(agencyID: fixture.disdik.id).first)
        let scheduledAt = now.addingTimeInterval(1800)
        _ = try fixture.store.addSession(
            MentoringSession(
                title: "Klinik inovasi", startsAt: later, endsAt: later.addingTimeInterval(7200), location: "Aula",
                mode: .offline, speakerName: "Dr. Siti", speakerInstitution: "LAN RI",
                agencyIDs: [fixture.disdik.id], innovationIDs: [innovation.id]),
            by: Fixture.admin, now: scheduledAt)
        #expect(
            throws: StoreError.undoRefused(
                proposalID: proposal.id, by: Fixture.admin, at: scheduledAt, action: "session.add")
        ) {
            try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)
        }
        #expect(try fixture.store.innovations(agencyID: fixture.disdik.id) == [innovation])
        #expect(try fixture.store.proposal(id: proposal.id)?.status == .approved)
    }
}
