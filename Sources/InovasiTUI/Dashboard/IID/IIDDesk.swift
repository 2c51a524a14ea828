import InovasiCore

/// Where the dashboard reads and writes the IID evidence: the store, through an adapter
/// (`StoreDashboardSource` in InovasiApp).
///
/// A write is one audited transaction per record; a refusal is thrown as a ``ReviewRefusal``
/// naming why, and that record is not changed.
public protocol IIDDesk {
    /// Everything the planner computes from for `year`: the region's SPD answers and every
    /// innovation with its facts and SID answers.
    func iidPlanInput(year: Int, rules: IIDRules) throws -> IIDPlanInput
    /// The evidence records of one innovation in `year`, one per indicator entered.
    func iidEvidence(year: Int, innovationID: Int64) throws -> [IIDEvidence]
    /// Saves one evidence record under `rules`, entered by the person at `now`.
    func setIIDEvidence(_ evidence: IIDEvidence, rules: IIDRules) throws
}
