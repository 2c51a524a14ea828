import InovasiCore

/// The planner's figures for one view, all from InovasiCore's IID plan (``IIDEstimate``,
/// ``IIDActionRanker``) on the view's input with its what-if changes applied: the dashboard adds no
/// rule of its own.
struct PlannerFigures: Sendable {
    /// The estimate; nil when the year's rules lack a section it needs (``missingSections``).
    var estimate: IIDEstimate?
    /// The innovations listed: the scope's, by OPD then title.
    var rows: [IIDInnovationStatus] = []
    /// The ranked actions of the scope, best first.
    var actions: [IIDAction] = []
    /// The rules' sections the estimate needs and the year's file lacks.
    var missingSections: [String] = []

    /// How many actions the planner lists.
    static let actionCount = 15

    /// The figures of `view`.
    init(_ view: PlannerView) {
        let input = view.input
        do throws(IIDIncompleteRules) {
            let formula = try IIDFormula(view.setup.rules)
            let estimate = IIDEstimate(formula: formula, input: input)
            self.estimate = estimate
            actions = IIDActionRanker(estimate: estimate, input: input).actions(
                agencyID: view.agencyID, top: Self.actionCount)
            rows = estimate.innovations.filter { view.agencyID == nil || $0.agencyID == view.agencyID }
            rows.sort { ($0.agencyName, $0.title) < ($1.agencyName, $1.title) }
        } catch {
            missingSections = error.missing
        }
    }
}
