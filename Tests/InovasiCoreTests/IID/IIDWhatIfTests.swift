import Foundation
import InovasiCore
import Testing

/// The what-if changes a copy: the input is untouched, the estimate moves by the hand-computed step.
@Suite("IID what-if")
struct IIDWhatIfTests {
    @Test("levels changed on a copy move the index; the input stays as it was")
    func copyOnly() throws {
        let formula = try IIDPlanFixture.formula()
        let input = IIDPlanFixture.sixAtOne
        let before = input
        let changes = [
            IIDLevelChange(innovationID: 1, indicator: "35", level: 3),
            IIDLevelChange(innovationID: nil, indicator: "6a", level: 3),
            IIDLevelChange(innovationID: 404, indicator: "35", level: 3),
        ]
        let estimate = IIDWhatIf.estimate(changes, input: input, formula: formula)
        #expect(input == before)
        // +8 on one SID (over 12) and +0.75 on SPD: 25.28 + 0.6667 + 0.75.
        #expect(abs(estimate.total - (25.28 + 8.0 / 12 + 0.75)) < 1e-9)
        #expect(IIDEstimate(formula: formula, input: input).total == IIDEstimate(formula: formula, input: before).total)
    }

    @Test("a level set to 0 scores nothing; later changes win; a level is taken as documented")
    func levels() throws {
        let formula = try IIDPlanFixture.formula()
        var input = IIDPlanFixture.sixAtOne
        input.innovations[0].answers["35"] = .init(level: 1, hasEvidence: false)
        let changed = IIDWhatIf.apply(
            [
                IIDLevelChange(innovationID: 1, indicator: "35", level: 0),
                IIDLevelChange(innovationID: 1, indicator: "35", level: 2),
                IIDLevelChange(innovationID: 2, indicator: "16", level: 0),
            ], to: input)
        #expect(changed.innovations[0].answers["35"] == IIDScore.Answer(level: 2, hasEvidence: true))
        let estimate = IIDEstimate(formula: formula, input: changed)
        #expect(estimate.innovations[0].sid == 37 - 4 + 8)
        #expect(estimate.innovations[1].missingMandatory.map(\.number) == ["16"])
    }

    @Test("the incremental update gives the same estimate as recomputing everything")
    func incremental() throws {
        let formula = try IIDPlanFixture.formula()
        let input = IIDPlanFixture.sixAtOne
        let base = IIDEstimate(formula: formula, input: input)
        let changes = [
            IIDLevelChange(innovationID: 3, indicator: "31", level: 3),
            IIDLevelChange(innovationID: 6, indicator: "35", level: 0),
            IIDLevelChange(innovationID: 8, indicator: "35", level: 0),
            IIDLevelChange(innovationID: nil, indicator: "1", level: 1),
        ]
        let (changed, updated) = IIDWhatIf.update(base, input: input, changes: changes)
        let full = IIDWhatIf.estimate(changes, input: input, formula: formula)
        #expect(changed == IIDWhatIf.apply(changes, to: input))
        #expect(updated.innovations == full.innovations)
        #expect(abs(updated.index - full.index) < 1e-9)
        #expect(updated.tally.sent == full.tally.sent && updated.tally.affairCounts == full.tally.affairCounts)
        #expect(input == IIDPlanFixture.sixAtOne)
    }
}
