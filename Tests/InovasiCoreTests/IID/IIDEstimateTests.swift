import Foundation
import InovasiCore
import Testing

/// The estimate on hand-computed inputs: who is sent, SPD, maturity with its divisor, number score
/// with the affairs rule, total, index, predicate and the gap to the next one.
@Suite("IID estimate")
struct IIDEstimateTests {
    @Test("six innovations at level 1: 4.5 + 222/12 + 6 × 0.38 = 25.28 of 250, index 10.11")
    func sixAtOne() throws {
        let estimate = IIDEstimate(formula: try IIDPlanFixture.formula(), input: IIDPlanFixture.sixAtOne)
        #expect(estimate.spd == 4.5)
        #expect(estimate.sent == 6)
        #expect(estimate.maturity.divisor == 12)
        #expect(estimate.maturity.average == 18.5)
        #expect(abs(estimate.number - 2.28) < 1e-9)
        #expect(estimate.missingAffairs.isEmpty)
        #expect(abs(estimate.total - 25.28) < 1e-9)
        #expect(abs(estimate.index - 10.112) < 1e-9)
        #expect(estimate.predicate?.name == "Kurang Inovatif")
        #expect(estimate.nextPredicate?.name == "Inovatif")
        #expect(estimate.pointsToNext == 29.90)
        #expect(estimate.lastOfficial?.index == 48.30)
        #expect(abs((estimate.sinceOfficial ?? 0) - (10.112 - 48.30)) < 1e-9)
    }

    @Test("not sent: outside the window, below the stage required, stopped; each says why")
    func statuses() throws {
        let estimate = IIDEstimate(formula: try IIDPlanFixture.formula(), input: IIDPlanFixture.sixAtOne)
        let byID = Dictionary(uniqueKeysWithValues: estimate.innovations.map { ($0.id, $0) })
        let old = try #require(byID[7])
        #expect(!old.sent && !old.inWindow && old.stageOK && old.sid == 111)
        let trial = try #require(byID[8])
        #expect(!trial.sent && trial.inWindow && !trial.stageOK)
        let stopped = try #require(byID[9])
        #expect(!stopped.sent && stopped.stopped && stopped.inWindow && stopped.stageOK)
        #expect(byID[1]?.sent == true && byID[1]?.sid == 37 && byID[1]?.missingMandatory.isEmpty == true)
    }

    @Test("a missing basic-service affair zeroes the number score and is named")
    func missingAffair() throws {
        var input = IIDPlanFixture.sixAtOne
        input.innovations.removeAll { $0.affairs == ["sosial"] && $0.id == 6 }
        let estimate = IIDEstimate(formula: try IIDPlanFixture.formula(), input: input)
        #expect(estimate.sent == 5)
        #expect(estimate.number == 0)
        #expect(estimate.missingAffairs == ["sosial"])
        // 4.5 + 185/12 + 0
        #expect(abs(estimate.total - (4.5 + 185.0 / 12)) < 1e-9)
    }

    @Test("above the minimum the divisor is the number sent; the cap stops the number score at 200")
    func divisorAndCap() throws {
        let all = IIDFixture.affairs
        let input = IIDPlanInput(
            year: 2026, innovations: (1...250).map { IIDPlanFixture.sent(Int64($0), affairs: all) })
        let estimate = IIDEstimate(formula: try IIDPlanFixture.formula(), input: input)
        #expect(estimate.maturity.divisor == 250)
        #expect(estimate.maturity.average == 37)
        #expect(abs(estimate.number - 76) < 1e-9)
        // (0 + 37 + 76) / 250 × 100 = 45.2
        #expect(abs(estimate.index - 45.2) < 1e-9)
        #expect(estimate.predicate?.name == "Inovatif")
    }

    @Test("mandatory evidence missing lowers the SID score and is listed per innovation")
    func mandatoryMissing() throws {
        var answers = IIDFixture.allAt(3)
        answers["35"]?.hasEvidence = false
        answers["16"] = nil
        let input = IIDPlanInput(year: 2026, innovations: [IIDPlanFixture.sent(1, affairs: [], answers: answers)])
        let estimate = IIDEstimate(formula: try IIDPlanFixture.formula(), input: input)
        let status = try #require(estimate.innovations.first)
        #expect(status.sid == 111 - 12 - 9)
        #expect(status.missingMandatory.map(\.number) == ["16", "35"])
    }

    @Test("predicate edges through the estimate: 65.00 is Inovatif, 65.01 Sangat Inovatif, gap in hundredths")
    func edges() throws {
        // SPD only: weight 1 and 0.75; a total of 162.5 is 65.00, 162.525 is 65.01.
        var rules = IIDPlanFixture.rules
        rules.spd = [IIDIndicator(number: "1", name: "A", weight: 54.175)]
        let at65 = IIDEstimate(
            formula: try IIDFormula(rules), input: IIDPlanInput(year: 2026, spdAnswers: ["1": .init(level: 3)]))
        #expect(abs(at65.index - 65.01) < 1e-9)
        #expect(at65.predicate?.name == "Sangat Inovatif" && at65.nextPredicate == nil && at65.pointsToNext == nil)
        rules.spd = [IIDIndicator(number: "1", name: "A", weight: 54.1666666666666667)]
        let below = IIDEstimate(
            formula: try IIDFormula(rules), input: IIDPlanInput(year: 2026, spdAnswers: ["1": .init(level: 3)]))
        #expect(below.predicate?.name == "Inovatif")
        #expect(below.pointsToNext == 0.01)
        rules.spd = [IIDIndicator(number: "1", name: "A", weight: 33.3416666666666667)]
        let at40 = IIDEstimate(
            formula: try IIDFormula(rules), input: IIDPlanInput(year: 2026, spdAnswers: ["1": .init(level: 3)]))
        #expect(at40.predicate?.name == "Inovatif")
        rules.spd = [IIDIndicator(number: "1", name: "A", weight: 33.3333333333333333)]
        let below40 = IIDEstimate(
            formula: try IIDFormula(rules), input: IIDPlanInput(year: 2026, spdAnswers: ["1": .init(level: 3)]))
        #expect(below40.predicate?.name == "Kurang Inovatif")
        #expect(below40.pointsToNext == 0.01)
    }

    @Test("rules known in part are refused naming what is missing")
    func incomplete() {
        #expect(throws: IIDIncompleteRules.self) {
            try IIDEstimate(rules: IIDRules(year: 2025, maxTotal: 250), input: IIDPlanInput(year: 2025))
        }
        do {
            _ = try IIDFormula(IIDRules(year: 2025, maxTotal: 250))
            Issue.record("rules without a divisor were accepted")
        } catch {
            #expect(error.missing.contains("divisor") && error.year == 2025)
        }
    }
}
