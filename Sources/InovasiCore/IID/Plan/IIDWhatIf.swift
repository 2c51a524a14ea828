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
        var positions: [Int64: Int] = [:]
        for (position, facts) in next.innovations.enumerated() { positions[facts.id] = position }
        for change in changes {
            let answer = IIDScore.Answer(level: min(max(change.level, 0), 3), hasEvidence: change.level > 0)
            guard let id = change.innovationID else {
                next.spdAnswers[change.indicator] = answer
                continue
            }
            guard let position = positions[id] else { continue }
            next.innovations[position].answers[change.indicator] = answer
        }
        return next
    }

    /// The estimate of `input` with `changes` applied.
    public static func estimate(_ changes: [IIDLevelChange], input: IIDPlanInput, formula: IIDFormula) -> IIDEstimate {
        IIDEstimate(formula: formula, input: apply(changes, to: input))
    }
}
