import InovasiCore

/// The planner's figures for one view: the estimate, the innovations with what they miss, and the
/// ranked actions, all computed by InovasiCore's IID rules from the view's input (what-if applied).
struct PlannerFigures {
    /// One innovation as the planner lists it.
    struct Row {
        var facts: IIDInnovationFacts
        /// Its SID score.
        var score: Double
        /// The mandatory indicators it scores nothing on.
        var missing: [IIDIndicator]
        /// Why it is not sent (outside the window, too early a stage, stopped); empty when sent.
        var notSent: [Localized]
    }

    /// One ranked action: what to do, who, and the index points it would add.
    struct Action {
        var text: Localized
        var agencyName: String
        var points: Double
    }

    var spd = 0.0
    var maturity = IIDScore.maturity([], minimumDivisor: 1)
    var sent = 0
    var number = 0.0
    var missingAffairs: [String] = []
    var total = 0.0
    var index = 0.0
    var predicate: IIDPredicateBand?
    var next: IIDPredicateBand?
    var rows: [Row] = []
    var actions: [Action] = []
    /// The rules' sections the estimate needs and the year's file lacks.
    var missingSections: [String] = []

    /// The figures of `view`.
    init(_ view: PlannerView) {
        let rules = view.setup.rules
        missingSections = rules.missingSections
        let input = view.input
        rows = input.innovations.map { facts in
            Row(
                facts: facts, score: IIDScore.sid(rules, answers: facts.answers),
                missing: IIDScore.missingMandatory(rules, answers: facts.answers), notSent: Self.notSent(facts, rules))
        }
        let sentRows = rows.filter(\.notSent.isEmpty)
        sent = sentRows.count
        spd = IIDScore.spd(rules, answers: input.spdAnswers)
        maturity = IIDScore.maturity(sentRows.map(\.score), minimumDivisor: rules.divisor?.minimum ?? 1)
        if let affairs = rules.basicServiceAffairs {
            missingAffairs = IIDScore.missingAffairs(affairs, covered: sentRows.flatMap(\.facts.affairs))
        }
        if let rule = rules.numberScore {
            number = IIDScore.number(rule, count: sent, affairsCovered: missingAffairs.isEmpty)
        }
        total = IIDScore.total(spd: spd, maturity: maturity.average, number: number)
        index = IIDScore.index(total: total, maxTotal: rules.maxTotal ?? 0)
        if let bands = rules.predicates {
            predicate = IIDScore.predicate(index, bands)
            next = IIDScore.nextPredicate(index, bands)
        }
        if let agencyID = view.agencyID { rows = rows.filter { $0.facts.agencyID == agencyID } }
        rows.sort { ($0.facts.agencyName, $0.facts.title) < ($1.facts.agencyName, $1.facts.title) }
    }

    /// The index points still missing to the next predicate.
    var gap: Double? { next.map { max(0, $0.from - index) } }

    /// Why `facts` is not sent under `rules`.
    static func notSent(_ facts: IIDInnovationFacts, _ rules: IIDRules) -> [Localized] {
        var reasons: [Localized] = []
        if facts.stopped { reasons.append(PlannerText.stopped) }
        if let required = rules.requiredStage, facts.stage < required {
            reasons.append(PlannerText.stageTooEarly(required.label))
        }
        if let window = rules.window, facts.implementedOn.map(window.contains) != true {
            reasons.append(PlannerText.outsideWindow)
        }
        return reasons
    }
}
