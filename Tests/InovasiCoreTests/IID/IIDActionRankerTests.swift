import Foundation
import InovasiCore
import Testing

/// The ranked actions on small inputs where the best step is known by hand, and every gain checked
/// against the estimate recomputed on the changed input.
@Suite("IID ranked actions")
struct IIDActionRankerTests {
    @Test("a missing affair: sending an innovation there is best, +6 × 0.38 / 250 × 100 = 0.912")
    func missingAffairFirst() throws {
        var input = IIDPlanFixture.sixAtOne
        input.innovations.removeAll { $0.id == 6 }
        let actions = IIDActionRanker(formula: try IIDPlanFixture.formula(), input: input).actions(top: 3)
        let best = try #require(actions.first)
        #expect(best.kind == .addInnovations(affairs: ["sosial"]))
        #expect(abs(best.gain - 0.912) < 1e-9)
        #expect(best.agencyID == nil)
        // Next: SPD 6a from 2 to 3 (+0.75 of the total, 0.3) before any SID step (at most 6/12 = 0.5, 0.2).
        #expect(actions[1].kind == .raise(indicator: "6a", from: 2, to: 3))
        #expect(abs(actions[1].gain - 0.3) < 1e-9)
        #expect(actions.count == 3)
    }

    @Test("above the divisor's minimum, leaving out an innovation at 0 raises the average most")
    func leaveOutFirst() throws {
        let all = IIDFixture.affairs
        var innovations = (1...14).map { IIDPlanFixture.sent(Int64($0), affairs: all, answers: IIDFixture.allAt(3)) }
        innovations.append(IIDPlanFixture.sent(15, agency: 2, affairs: all, answers: [:]))
        let input = IIDPlanInput(year: 2026, innovations: innovations)
        let ranker = IIDActionRanker(formula: try IIDPlanFixture.formula(), input: input)
        let best = try #require(ranker.actions(top: 1).first)
        #expect(best.kind == .leaveOut && best.innovationID == 15 && best.agencyName == "OPD 2")
        // 1554/15 + 5.7 → 1554/14 + 5.32: +7.4 − 0.38 = +7.02 of the total, 2.808 index points.
        #expect(abs(best.gain - 2.808) < 1e-9)
        // Below the minimum leaving out never helps: the divisor stays 12 and the number score drops.
        let few = IIDActionRanker(formula: try IIDPlanFixture.formula(), input: IIDPlanFixture.sixAtOne)
        #expect(!few.actions().contains { $0.kind == .leaveOut })
    }

    @Test("a chosen level without its document: adding it is the step, marked mandatory")
    func evidenceStep() throws {
        var answers = IIDFixture.allAt(3)
        answers["35"]?.hasEvidence = false
        var input = IIDPlanFixture.sixAtOne
        input.innovations[0].answers = answers
        let actions = IIDActionRanker(formula: try IIDPlanFixture.formula(), input: input).actions()
        let evidence = try #require(
            actions.first { $0.innovationID == 1 && $0.kind == .addEvidence(indicator: "35", level: 3) })
        #expect(evidence.mandatory)
        #expect(abs(evidence.gain - 12.0 / 12 / 250 * 100) < 1e-9)
        #expect(!actions.contains { $0.innovationID == 1 && $0.kind == .raise(indicator: "35", from: 3, to: 3) })
        #expect(actions.first?.innovationID == 1 && actions.first?.kind == .addEvidence(indicator: "35", level: 3))
    }

    @Test("every gain is the estimate of the changed input minus the current index")
    func gainsAreExact() throws {
        let formula = try IIDPlanFixture.formula()
        var input = IIDPlanFixture.sixAtOne
        input.innovations.removeAll { $0.id == 5 || $0.id == 6 }
        input.innovations += (20...33).map { IIDPlanFixture.sent(Int64($0), agency: 3, affairs: ["kesehatan"]) }
        input.innovations[0].answers["33"] = .init(level: 2, hasEvidence: false)
        let base = IIDEstimate(formula: formula, input: input).index
        let actions = IIDActionRanker(formula: formula, input: input).actions()
        #expect(actions.count > 100)
        for action in actions {
            let after = IIDEstimate(formula: formula, input: action.apply(to: input, formula: formula)).index
            #expect(abs(after - base - action.gain) < 1e-9, "\(action.kind) of \(action.innovationTitle)")
            #expect(action.gain > 0)
        }
        #expect(zip(actions, actions.dropFirst()).allSatisfy { $0.gain >= $1.gain - 1e-9 })
        #expect(
            actions.contains {
                $0.kind
                    == .addInnovations(affairs: ["ketenteraman, ketertiban umum, dan pelindungan masyarakat", "sosial"])
            })
    }

    @Test("per OPD: only that OPD's innovations, no region steps; the top N are the first N of all")
    func perAgency() throws {
        let ranker = IIDActionRanker(formula: try IIDPlanFixture.formula(), input: IIDPlanFixture.sixAtOne)
        let mine = ranker.actions(agencyID: 2)
        #expect(!mine.isEmpty)
        #expect(mine.allSatisfy { $0.agencyID == 2 && $0.innovationID.map { [4, 5, 6].contains($0) } == true })
        #expect(ranker.actions(top: 7) == Array(ranker.actions().prefix(7)))
        #expect(ranker.actions(agencyID: 99).isEmpty)
    }
}
