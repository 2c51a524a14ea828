import Foundation
import InovasiCore
import InovasiStore
import Testing

/// The dashboard's bulk decision and the undo of a batch: one transaction each, all or nothing,
/// audited per proposal; a refusal names the proposal.
@Suite("Store: batch decision and batch undo")
struct StoreBatchTests {
    let now = Fixture.now
    let later = Fixture.now.addingTimeInterval(3600)

    /// Three proposals of DISDIKBUD taken by the reviewer (version 2 each).
    func threeTaken() throws -> (Fixture, [Int64]) {
        let fixture = try Fixture()
        var ids: [Int64] = []
        for title in ["Sekolah ramah anak", "Rapor daring", "Perpustakaan keliling"] {
            let proposal = try fixture.addProposal(title, agency: fixture.disdik, daysAgo: 5)
            _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
            ids.append(proposal.id)
        }
        return (fixture, ids)
    }

    @Test func oneDecisionForSeveralProposalsIsAuditedPerProposal() throws {
        let (fixture, ids) = try threeTaken()
        let versions = Dictionary(uniqueKeysWithValues: ids.map { ($0, Int64(2)) })
        let decided = try fixture.store.applyAll(.reject, to: versions, note: "Bukan kewenangan", by: Fixture.reviewer)
        #expect(decided.map(\.status) == [.rejected, .rejected, .rejected])
        for id in ids {
            let last = try #require(try fixture.store.auditLog(entity: "proposal", id: id).last)
            #expect(last.action == "proposal.reject")
            #expect(last.note == "Bukan kewenangan")
        }
    }

    @Test func aRefusalAtOneProposalSavesNoneAndNamesIt() throws {
        let (fixture, ids) = try threeTaken()
        var versions = Dictionary(uniqueKeysWithValues: ids.map { ($0, Int64(2)) })
        _ = try fixture.store.apply(.release, to: ids[2], expectedVersion: 2, note: "", by: Fixture.reviewer)
        versions[ids[2]] = 3
        #expect(throws: StoreError.self) {
            try fixture.store.applyAll(.approve, to: versions, note: "", by: Fixture.reviewer)
        }
        do {
            try fixture.store.applyAll(.approve, to: versions, note: "", by: Fixture.reviewer)
        } catch {
            #expect(error.message(.id).contains("#\(ids[2])"))
            #expect(error.message(.en).contains("#\(ids[2])"))
        }
        for id in ids.prefix(2) {
            #expect(try fixture.store.auditLog(entity: "proposal", id: id).last?.action == "proposal.take")
        }
        #expect(try fixture.store.innovations(agencyID: fixture.disdik.id) == [])
    }

    @Test func undoingABatchReversesEveryProposalInOneStep() throws {
        let (fixture, ids) = try threeTaken()
        let versions = Dictionary(uniqueKeysWithValues: ids.map { ($0, Int64(2)) })
        try fixture.store.applyAll(.approve, to: versions, note: "", by: Fixture.reviewer, now: now)
        #expect(try fixture.store.innovations(agencyID: fixture.disdik.id).count == 3)
        let undone = try fixture.store.undoLast(proposalIDs: ids, by: Fixture.reviewer, now: later)
        #expect(undone.map(\.status) == [.inReview, .inReview, .inReview])
        #expect(try fixture.store.innovations(agencyID: fixture.disdik.id) == [])
        for id in ids {
            #expect(try fixture.store.auditLog(entity: "proposal", id: id).last?.action == "proposal.undo")
        }
    }

    @Test func aBatchUndoBlockedAtOneProposalUndoesNone() throws {
        let (fixture, ids) = try threeTaken()
        let values = Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 4) })
        let score = ReviewScore(
            proposalID: ids[1], reviewer: Fixture.dinkesReviewer, values: values, criterionNotes: [:], note: "",
            scoredAt: now)
        try fixture.store.saveScore(score, by: Fixture.dinkesReviewer, now: now)
        #expect(throws: StoreError.self) {
            try fixture.store.undoLast(proposalIDs: ids, by: Fixture.reviewer, now: later)
        }
        #expect(try fixture.store.auditLog(entity: "proposal", id: ids[0]).last?.action == "proposal.take")
        #expect(try fixture.store.assignee(proposalID: ids[0]) == Fixture.reviewer)
    }
}
