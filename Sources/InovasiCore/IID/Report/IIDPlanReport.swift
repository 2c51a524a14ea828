import Foundation

/// What `inovasi iid` prints, in every format: the estimate, the innovations with what they lack,
/// the ranked actions and the evidence missing per OPD. Pure text from pure data, so the briefing
/// is tested as a snapshot in both languages and the bench formats with the same code.
public struct IIDPlanReport: Sendable {
    /// The city's estimate.
    public var estimate: IIDEstimate
    /// The ranked actions, already cut to the number asked for.
    public var actions: [IIDAction]
    /// How many actions were asked for.
    public var top: Int
    /// The OPD the innovations and actions are limited to (nil: the whole city).
    public var agencyID: Int64?
    /// That OPD's name, for the note under the heading.
    public var agencyName: String?
    /// The city named in the heading.
    public var city: String
    /// The language of every label.
    public var language: Language

    /// The report of `input` under `formula`: the estimate, and the `top` actions of `agencyID`'s
    /// innovations (of the whole city when nil).
    public init(
        formula: IIDFormula, input: IIDPlanInput, top: Int, agencyID: Int64? = nil, agencyName: String? = nil,
        city: String, language: Language
    ) {
        let ranker = IIDActionRanker(formula: formula, input: input)
        estimate = ranker.estimate
        actions = ranker.actions(agencyID: agencyID, top: top)
        self.top = top
        self.agencyID = agencyID
        self.agencyName = agencyName
        self.city = city
        self.language = language
    }

    /// The innovations shown: the OPD's, or all.
    public var innovations: [IIDInnovationStatus] {
        estimate.innovations.filter { agencyID == nil || $0.agencyID == agencyID }
    }

    /// Per OPD (by name), the innovations sent that lack mandatory evidence, in input order.
    public var missingPerAgency: [(agency: String, items: [IIDInnovationStatus])] {
        var order: [String] = []
        var groups: [String: [IIDInnovationStatus]] = [:]
        for status in innovations where status.sent && !status.missingMandatory.isEmpty {
            if groups[status.agencyName] == nil { order.append(status.agencyName) }
            groups[status.agencyName, default: []].append(status)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// The estimate's lines as (label, value), shared by the table and the briefing.
    public func summary() -> [(label: String, value: String)] {
        let text = { (localized: Localized) in localized.text(language) }
        var rows: [(String, String)] = [
            (text(IIDReportText.index), number(estimate.index, 2) + " (" + predicateName(estimate.predicate) + ")")
        ]
        if let official = estimate.lastOfficial {
            rows.append(
                (
                    text(IIDReportText.lastOfficial),
                    text(
                        IIDReportText.official(
                            number(official.index, 2), predicate: official.predicate, year: official.year))
                ))
        }
        rows.append((text(IIDReportText.next), nextText()))
        rows.append(
            (
                text(IIDReportText.spd),
                text(IIDReportText.outOf(number(estimate.spd, 2), number(estimate.spdMaximum, 0)))
            ))
        let maturity = estimate.maturity
        rows.append(
            (
                text(IIDReportText.maturity),
                number(maturity.average, 2) + " ("
                    + text(
                        IIDReportText.maturityParts(
                            sum: number(estimate.tally.sidSum, 0), divisor: maturity.divisor, sent: estimate.sent))
                    + ")"
            ))
        rows.append((text(IIDReportText.number), number(estimate.number, 2)))
        let missing = estimate.missingAffairs
        rows.append(
            (
                text(IIDReportText.affairs),
                text(
                    missing.isEmpty
                        ? IIDReportText.affairsComplete : IIDReportText.affairsMissing(missing.joined(separator: "; ")))
            ))
        rows.append(
            (
                text(IIDReportText.total),
                text(IIDReportText.outOf(number(estimate.total, 2), number(estimate.maxTotal, 0)))
            ))
        return rows
    }

    /// The next band, where it starts and the points missing; or that the top is reached.
    func nextText() -> String {
        guard let next = estimate.nextPredicate, let missing = estimate.pointsToNext else {
            return IIDReportText.top.text(language)
        }
        return IIDReportText.gap(next.name, from: number(next.from, 2), missing: number(missing, 2)).text(language)
    }

    func predicateName(_ band: IIDPredicateBand?) -> String {
        band?.name ?? IIDReportText.noPredicate.text(language)
    }

    /// An action's gain in index points, to two decimals; a smaller gain says so instead of 0.
    func gain(_ value: Double) -> String {
        value < 0.005 ? IIDReportText.tiny.text(language) : "+" + number(value, 2)
    }

    /// The OPD responsible for an action; the city for a step of the region.
    func responsible(_ action: IIDAction) -> String {
        action.agencyID == nil ? IIDReportText.city.text(language) : action.agencyName
    }

    /// The mandatory indicators missing, as `16 Regulasi…, 35 Video…`.
    func missingList(_ status: IIDInnovationStatus) -> String {
        status.missingMandatory.map { $0.number + " " + $0.name }.joined(separator: ", ")
    }

    func number(_ value: Double, _ digits: Int) -> String {
        let shown = digits == 0 && value != value.rounded() ? 2 : digits
        return NumberText.decimal(value, fractionDigits: shown, language)
    }
}
