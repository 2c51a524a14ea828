/// The region's estimated Indeks Inovasi Daerah for a year, from its own evidence (issue 15 point
/// 3): every part of the score, the predicate, the gap to the next one and the last official
/// result beside it, and each innovation's status (point 4). Pure: computed from the rules and a
/// ``IIDPlanInput``, so the what-if recomputes it on a changed copy.
public struct IIDEstimate: Sendable, Equatable {
    /// The formula it was computed with.
    public var formula: IIDFormula
    /// The sums the index comes from.
    public var tally: IIDTally
    /// Every innovation of the input, sent or not, in the input's order.
    public var innovations: [IIDInnovationStatus]

    /// The estimate of `input` under `rules`; refused when the rules lack a section it needs.
    public init(rules: IIDRules, input: IIDPlanInput) throws(IIDIncompleteRules) {
        self.init(formula: try IIDFormula(rules), input: input)
    }

    /// The estimate of `input` under a complete `formula`.
    public init(formula: IIDFormula, input: IIDPlanInput) {
        self.formula = formula
        innovations = input.innovations.map { IIDInnovationStatus($0, formula: formula) }
        var tally = IIDTally(
            spd: IIDScore.spd(formula.rules, answers: input.spdAnswers),
            affairCounts: Array(repeating: 0, count: formula.affairs.count))
        for status in innovations where status.sent {
            tally = tally.adding(sid: status.sid, affairs: status.affairPositions)
        }
        self.tally = tally
    }

    /// The assessment year.
    public var year: Int { formula.rules.year }
    /// The SPD score.
    public var spd: Double { tally.spd }
    /// The highest SPD score (63 in 2026).
    public var spdMaximum: Double { formula.rules.spdMaximum }
    /// The highest SID score of one innovation (111 in 2026).
    public var sidMaximum: Double { formula.rules.sidMaximum }
    /// How many innovations are sent.
    public var sent: Int { tally.sent }
    /// The maturity average and its divisor.
    public var maturity: IIDScore.Maturity { formula.maturity(tally) }
    /// The number score (0 while a basic-service affair is missing).
    public var number: Double { formula.numberScore(tally) }
    /// The basic-service affairs no innovation sent covers, in the rules' order.
    public var missingAffairs: [String] {
        formula.affairs.indices.filter { tally.affairCounts[$0] == 0 }.map { formula.affairs[$0] }
    }
    /// SPD + maturity average + number score.
    public var total: Double { formula.total(tally) }
    /// The largest total (250 in 2026).
    public var maxTotal: Double { formula.maxTotal }
    /// The estimated index, 0–100.
    public var index: Double { formula.index(tally) }
    /// The predicate band the index falls in.
    public var predicate: IIDPredicateBand? { IIDScore.predicate(index, formula.predicates) }
    /// The next band above, the one the office aims at; nil at the top.
    public var nextPredicate: IIDPredicateBand? { IIDScore.nextPredicate(index, formula.predicates) }
    /// The index points still missing to ``nextPredicate``, in hundredths as published (65.01 − 48.30 = 16.71).
    public var pointsToNext: Double? {
        nextPredicate.map { Double(IIDScore.hundredths($0.from) - IIDScore.hundredths(index)) / 100 }
    }
    /// The region's last official result, from the rules file.
    public var lastOfficial: IIDOfficialResult? { formula.rules.lastOfficial }
    /// The change since the last official result, in index points.
    public var sinceOfficial: Double? { lastOfficial.map { index - $0.index } }
}
