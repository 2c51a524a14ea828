/// One innovation as the estimate judged it: whether it is sent and why not, its SID score and the
/// mandatory evidence it lacks (issue 15 point 4).
///
/// Sent means: implemented inside the reporting window, at least at the stage the year requires,
/// and not stopped. A stopped innovation is no longer run, so the office cannot show it working.
public struct IIDInnovationStatus: Sendable, Equatable, Identifiable {
    /// The innovation's store id.
    public var id: Int64
    /// Its name.
    public var title: String
    /// The OPD that runs it.
    public var agencyID: Int64
    /// The OPD's short name.
    public var agencyName: String
    /// Its SID score (counted in the maturity average only when sent).
    public var sid: Double
    /// The mandatory SID indicators it scores nothing on.
    public var missingMandatory: [IIDIndicator]
    /// Whether its implementation day falls inside the reporting window (no day: not inside).
    public var inWindow: Bool
    /// Whether it reached the stage the year requires.
    public var stageOK: Bool
    /// Whether it was stopped.
    public var stopped: Bool
    /// The positions of the basic-service affairs it covers, in the rules' order.
    public var affairPositions: [Int]

    /// Whether it is sent to the assessment and counts in the estimate.
    public var sent: Bool { inWindow && stageOK && !stopped }

    /// The status of `facts` under `formula`.
    public init(_ facts: IIDInnovationFacts, formula: IIDFormula) {
        id = facts.id
        title = facts.title
        agencyID = facts.agencyID
        agencyName = facts.agencyName
        sid = IIDScore.sid(formula.rules, answers: facts.answers)
        missingMandatory = IIDScore.missingMandatory(formula.rules, answers: facts.answers)
        inWindow = facts.implementedOn.map(formula.window.contains) ?? false
        stageOK = formula.rules.requiredStage.map { facts.stage >= $0 } ?? true
        stopped = facts.stopped
        affairPositions = formula.affairPositions(of: facts.affairs)
    }
}
