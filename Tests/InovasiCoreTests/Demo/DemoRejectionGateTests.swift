import Foundation
import Testing

@testable import InovasiCore

/// The demo's rejections agree with their scores as PP 38/2017 reads them (issue 12, point 1).
@Suite("Demo: rejections name the criterion not met")
struct DemoRejectionGateTests {
    let data = DemoFixtures.city()
    var proposals: [DemoProposal] { Array(data.proposals()) }

    @Test("each rejection's note names a criterion its reviewers' means leave below the minimum")
    func rejectionNotesAgree() throws {
        let rejected = proposals.filter { $0.proposal.status == .rejected }
        #expect(!rejected.isEmpty)
        for item in rejected {
            let verdict = try #require(ScoringRules.standard.verdict(of: item.scores))
            let criterion = try #require(verdict.unmet.first, "rejected #\(item.proposal.id) meets every criterion")
            let note = try #require(item.history.last { $0.action == "proposal.reject" }?.note)
            #expect(note == ReviewNotes.rejection(criterion))
        }
    }

    @Test("some rejection is the 5, 5, 5, 1, 5 kind: a high mean, kewenangan not met")
    func outsideAuthority() {
        let scores = proposals.filter { $0.proposal.status == .rejected }.flatMap(\.scores)
        #expect(
            scores.contains { score in
                ScoringRules.standard.verdict(score.values) == .notMet([.withinAuthority])
                    && (ScoringRules.standard.weightedScore(score.values) ?? 0) >= 3.4
            })
        #expect(ScoreMaker.outsideAuthority([3, 2, 1, 1, 2]) == [5, 5, 4, 1, 5])
    }
}
