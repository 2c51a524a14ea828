import Foundation
import InovasiCore
import InovasiStore
import Testing

/// The queue's rows say which criteria the reviewers' means leave below the minimum, beside the
/// mean weighted score (issue 12, point 1).
@Suite("Store: the queue names the criteria not met")
struct StoreQueueGateTests {
    static func score(_ id: Int64, by reviewer: String, _ list: [Int]) -> ReviewScore {
        ReviewScore(
            proposalID: id, reviewer: reviewer,
            values: Dictionary(uniqueKeysWithValues: zip(ReviewCriterion.allCases, list)), scoredAt: Fixture.now)
    }

    @Test("5, 5, 5, 1, 5 ranks at 4.2 and is marked not met on kewenangan; a second reviewer's 5 lifts the mean")
    func unmetCriteria() throws {
        let fixture = try Fixture()
        try fixture.store.addUser(User(name: "dewi", role: .reviewer), by: Fixture.admin)
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        try fixture.store.saveScore(
            Self.score(proposal.id, by: Fixture.reviewer, [5, 5, 5, 1, 5]), by: Fixture.reviewer)
        let row = try #require(try fixture.store.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14).first)
        #expect(abs((row.score ?? 0) - 4.2) < 1e-9)
        #expect(row.unmet == [.withinAuthority])

        try fixture.store.saveScore(Self.score(proposal.id, by: "dewi", [5, 5, 5, 5, 5]), by: "dewi")
        let both = try #require(try fixture.store.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14).first)
        #expect(both.unmet == [], "the mean of 1 and 5 on kewenangan is 3, which meets 3")

        let strict = ScoringRules(
            weights: ScoringRules.standard.weights, threshold: 3.5, minimums: [.withinAuthority: 4])
        let gated = try #require(
            try fixture.store.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14, scoring: strict).first)
        #expect(gated.unmet == [.withinAuthority])
    }
}
