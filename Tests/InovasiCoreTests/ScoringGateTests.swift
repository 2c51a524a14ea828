import Foundation
import InovasiCore
import Testing

/// PP 38/2017 Pasal 6: every criterion is a gate; the weighted mean only ranks (issue 12, point 1).
@Suite("ScoringRules: each criterion a gate, the mean still shown")
struct ScoringGateTests {
    static func values(_ list: [Int]) -> [ReviewCriterion: Int] {
        Dictionary(uniqueKeysWithValues: zip(ReviewCriterion.allCases, list))
    }

    static func score(_ list: [Int], by reviewer: String) -> ReviewScore {
        ReviewScore(proposalID: 1, reviewer: reviewer, values: values(list), scoredAt: Date(timeIntervalSince1970: 0))
    }

    @Test("5, 5, 5, 1, 5 is not met on kewenangan although the mean is 4.2")
    func authorityScoredOne() throws {
        let rules = ScoringRules.standard
        let values = Self.values([5, 5, 5, 1, 5])
        #expect(try #require(rules.weightedScore(values)) == 4.2)
        #expect(rules.verdict(values) == .notMet([.withinAuthority]))
        #expect(!rules.recommendsApproval(values))
        #expect(rules.verdict(values)?.label.text(.id) == "tidak terpenuhi: kewenangan.")
        #expect(rules.verdict(values)?.label.text(.en) == "not met: authority.")
    }

    @Test("met criteria leave the threshold to decide; several unmet are named in the regulation's order")
    func thresholdAndOrder() {
        let rules = ScoringRules.standard
        #expect(rules.verdict(Self.values([4, 4, 4, 4, 4])) == .approve)
        #expect(rules.verdict(Self.values([3, 3, 3, 3, 3])) == .belowThreshold)
        #expect(rules.verdict(Self.values([2, 5, 1, 5, 5])) == .notMet([.renewal, .noUndueBurden]))
        #expect(rules.verdict([.renewal: 5]) == nil, "incomplete scores recommend nothing yet")
    }

    @Test("configured minimums move the gate per criterion")
    func configuredMinimums() {
        let strict = ScoringRules(
            weights: ScoringRules.standard.weights, threshold: 3.5, minimums: [.withinAuthority: 5, .benefit: 1])
        #expect(strict.minimum(.renewal) == 3, "an unnamed criterion keeps 3")
        #expect(strict.verdict(Self.values([4, 4, 4, 4, 4])) == .notMet([.withinAuthority]))
        #expect(strict.verdict(Self.values([4, 1, 4, 5, 4])) == .approve)
        let lenient = ScoringRules(
            weights: ScoringRules.standard.weights, threshold: 3.5, minimums: [.withinAuthority: 1])
        #expect(lenient.verdict(Self.values([5, 5, 5, 1, 5])) == .approve)
    }

    @Test("the proposal's verdict is on the mean of each criterion; each reviewer's on their own scores")
    func perReviewerAndProposal() {
        let rules = ScoringRules.standard
        let rina = Self.score([5, 5, 5, 2, 5], by: "rina")
        let dewi = Self.score([5, 5, 5, 5, 5], by: "dewi")
        #expect(rules.verdict(rina.values) == .notMet([.withinAuthority]))
        #expect(rules.verdict(dewi.values) == .approve)
        #expect(ScoringRules.meanValues([rina, dewi])[.withinAuthority] == 3.5)
        #expect(rules.verdict(of: [rina, dewi]) == .approve, "a mean of 3.5 on kewenangan meets 3")
        let andi = Self.score([5, 5, 5, 1, 5], by: "andi")
        #expect(rules.verdict(of: [rina, dewi, andi]) == .notMet([.withinAuthority]), "mean 2.67 is below 3")
        #expect(rules.verdict(of: []) == nil)
    }

    @Test("a minimum outside 1–5 is refused naming the criterion")
    func validation() {
        let rules = ScoringRules(weights: ScoringRules.standard.weights, threshold: 3.5, minimums: [.replicable: 6])
        #expect(throws: ValidationError(field: "minimums.replicable", reason: .invalid)) { try rules.validate() }
    }

    @Test("the third criterion carries the regulation's full label")
    func fullLabel() {
        #expect(ReviewCriterion.noUndueBurden.label.text(.id) == "Tidak membebani dan/atau membatasi masyarakat")
        #expect(ReviewCriterion.noUndueBurden.label.text(.en) == "Does not burden and/or restrict the public")
    }
}
