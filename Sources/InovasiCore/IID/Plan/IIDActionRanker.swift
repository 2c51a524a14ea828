/// The ranked actions (issue 15 point 5): every concrete step the rules allow, each scored by the
/// index of the tally it would make, best first; for the whole region or one OPD.
///
/// Steps: raise an indicator one level and straight to 3 (SID of each innovation sent, SPD of the
/// region), add the document of a level already chosen, send an innovation in each missing
/// basic-service affair, leave out an innovation that pulls the average down. Innovations not sent
/// get no steps: their points would not count (their status says why).
public struct IIDActionRanker: Sendable {
    /// The estimate the gains are measured from.
    public let estimate: IIDEstimate
    /// The input the estimate was computed from.
    public let input: IIDPlanInput

    /// A ranker for `input` under `formula`.
    public init(formula: IIDFormula, input: IIDPlanInput) {
        self.init(estimate: IIDEstimate(formula: formula, input: input), input: input)
    }

    /// A ranker over an estimate already computed from `input`.
    public init(estimate: IIDEstimate, input: IIDPlanInput) {
        self.estimate = estimate
        self.input = input
    }

    /// The actions, best first: all with a positive gain, or the `top` best; only the OPD's
    /// (its innovations' steps) when `agencyID` is given, else the region's steps too.
    public func actions(agencyID: Int64? = nil, top: Int? = nil) -> [IIDAction] {
        var best = IIDTopCandidates(limit: top)
        let base = estimate.index
        if agencyID == nil { regionSteps(base: base, into: &best) }
        for (position, status) in estimate.innovations.enumerated() where status.sent {
            if let agencyID, status.agencyID != agencyID { continue }
            innovationSteps(position, status: status, base: base, into: &best)
        }
        return best.items.map(action)
    }

    private var formula: IIDFormula { estimate.formula }

    private func regionSteps(base: Double, into best: inout IIDTopCandidates) {
        let tally = estimate.tally
        for (position, indicator) in formula.rules.spd.enumerated() {
            for (step, from, to, delta) in Self.steps(indicator, input.spdAnswers[indicator.number]) {
                var next = tally
                next.spd += delta
                best.offer(.init(gain: formula.index(next) - base, step: step, indicator: position, from: from, to: to))
            }
        }
        let missing = formula.affairs.indices.filter { tally.affairCounts[$0] == 0 }
        guard !missing.isEmpty else { return }
        let next = missing.reduce(tally) { $0.adding(sid: 0, affairs: [$1]) }
        best.offer(.init(gain: formula.index(next) - base, step: .addInnovations, indicator: -1, from: 0, to: 0))
    }

    private func innovationSteps(
        _ position: Int, status: IIDInnovationStatus, base: Double, into best: inout IIDTopCandidates
    ) {
        let tally = estimate.tally
        let answers = input.innovations[position].answers
        for (place, indicator) in formula.rules.sid.enumerated() {
            for (step, from, to, delta) in Self.steps(indicator, answers[indicator.number]) {
                var next = tally
                next.sidSum += delta
                best.offer(
                    .init(
                        gain: formula.index(next) - base, step: step, innovation: position, indicator: place,
                        from: from, to: to))
            }
        }
        let without = tally.removing(sid: status.sid, affairs: status.affairPositions)
        best.offer(
            .init(
                gain: formula.index(without) - base, step: .leaveOut, innovation: position, indicator: -1, from: 0,
                to: 0))
    }

    /// The steps on one indicator and the points each adds: the document of a level chosen without
    /// one; otherwise one level up and straight to 3.
    static func steps(
        _ indicator: IIDIndicator, _ answer: IIDScore.Answer?
    ) -> [(IIDActionCandidate.Step, Int, Int, Double)] {
        let level = min(max(answer?.level ?? 0, 0), 3)
        let current = IIDScore.points(indicator, answer)
        if level > 0, answer?.hasEvidence == false {
            return [(.addEvidence, level, level, indicator.weight * Double(level))]
        }
        guard level < 3 else { return [] }
        let targets = level + 1 == 3 ? [3] : [level + 1, 3]
        return targets.map { (.raise, level, $0, indicator.weight * Double($0) - current) }
    }

    private func action(_ candidate: IIDActionCandidate) -> IIDAction {
        let facts = candidate.innovation.map { input.innovations[$0] }
        let list = facts == nil ? formula.rules.spd : formula.rules.sid
        let indicator = list.indices.contains(candidate.indicator) ? list[candidate.indicator] : nil
        let number = indicator?.number ?? ""
        let kind: IIDAction.Kind =
            switch candidate.step {
            case .raise: .raise(indicator: number, from: candidate.from, to: candidate.to)
            case .addEvidence: .addEvidence(indicator: number, level: candidate.from)
            case .addInnovations: .addInnovations(affairs: estimate.missingAffairs)
            case .leaveOut: .leaveOut
            }
        return IIDAction(
            kind: kind, innovationID: facts?.id, innovationTitle: facts?.title ?? "", agencyID: facts?.agencyID,
            agencyName: facts?.agencyName ?? "", indicatorName: indicator?.name ?? "",
            mandatory: facts != nil && indicator?.mandatory == true, gain: candidate.gain)
    }
}
