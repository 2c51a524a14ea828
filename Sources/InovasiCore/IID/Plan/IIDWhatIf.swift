/// One level changed in the what-if: an indicator of an innovation (or of the region's SPD when
/// `innovationID` is nil) set to a level.
public struct IIDLevelChange: Sendable, Hashable {
    /// The innovation; nil for an SPD indicator.
    public var innovationID: Int64?
    /// The indicator's number.
    public var indicator: String
    /// The level, 0 to 3 (clamped).
    public var level: Int

    /// A change.
    public init(innovationID: Int64?, indicator: String, level: Int) {
        self.innovationID = innovationID
        self.indicator = indicator
        self.level = level
    }
}

/// The what-if (issue 15 point 5): level changes applied to a copy of the input, never written
/// anywhere, so a person can see the index move before entering evidence.
///
/// A level above 0 is taken as backed by its document: the what-if asks "if we had this evidence",
/// and a level without a document would not move the index.
public enum IIDWhatIf {
    /// `input` with `changes` applied, later changes winning; the input itself is a value and stays as it was.
    public static func apply(_ changes: [IIDLevelChange], to input: IIDPlanInput) -> IIDPlanInput {
        var next = input
        for change in changes {
            _ = record(change, in: &next)
        }
        return next
    }

    /// The estimate of `input` with `changes` applied, recomputed in full.
    public static func estimate(_ changes: [IIDLevelChange], input: IIDPlanInput, formula: IIDFormula) -> IIDEstimate {
        IIDEstimate(formula: formula, input: apply(changes, to: input))
    }

    /// Applies `changes` to the planner's own working `input` and updates its `estimate` (of that
    /// input) in place, recomputing only the innovations changed: a what-if key costs the same for
    /// 50 or 50 000 innovations (no copy of either when the caller holds the only one).
    public static func update(_ estimate: inout IIDEstimate, input: inout IIDPlanInput, changes: [IIDLevelChange]) {
        for change in changes {
            guard let position = record(change, in: &input) else { continue }
            let old = estimate.innovations[position]
            let new = IIDInnovationStatus(input.innovations[position], formula: estimate.formula)
            if old.sent { estimate.tally = estimate.tally.removing(sid: old.sid, affairs: old.affairPositions) }
            if new.sent { estimate.tally = estimate.tally.adding(sid: new.sid, affairs: new.affairPositions) }
            estimate.innovations[position] = new
        }
        estimate.tally.spd = IIDScore.spd(estimate.formula.rules, answers: input.spdAnswers)
    }

    /// Writes `change` into `input` (a level above 0 taken as backed); returns the innovation's
    /// position, or nil for an SPD change or an innovation `input` does not hold.
    static func record(_ change: IIDLevelChange, in input: inout IIDPlanInput) -> Int? {
        let answer = IIDScore.Answer(level: min(max(change.level, 0), 3), hasEvidence: change.level > 0)
        guard let id = change.innovationID else {
            input.spdAnswers[change.indicator] = answer
            return nil
        }
        guard let position = input.innovations.firstIndex(where: { $0.id == id }) else { return nil }
        input.innovations[position].answers[change.indicator] = answer
        return position
    }

    /// The changed input and its estimate, from `base` (the estimate of `input`), leaving both as
    /// they were; see ``update(_:input:changes:)``.
    public static func update(
        _ base: IIDEstimate, input: IIDPlanInput, changes: [IIDLevelChange]
    ) -> (input: IIDPlanInput, estimate: IIDEstimate) {
        var next = input
        var estimate = base
        update(&estimate, input: &next, changes: changes)
        return (next, estimate)
    }
}
