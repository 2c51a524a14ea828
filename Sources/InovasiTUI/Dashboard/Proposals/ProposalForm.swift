import Foundation
import InovasiCore

/// The queue's `+` (a new proposal) and `e` (the proposal under the cursor): every field a
/// proposer fills in, long texts in the kit's multi-line field, the OPD from a pick list.
public struct ProposalForm: Hashable, Sendable {
    /// The proposal edited, as the form was opened on it; nil for a new one.
    public var original: Proposal?
    /// The OPDs offered, in the pick list's order.
    public var agencies: [Agency]
    /// Their bidang; the bidang choice offers those of the OPD picked.
    public var divisions: [Division]
    /// The bidang the choice offers now (after "no bidang"), those of ``shownAgencyID``.
    public var shownDivisions: [Division] = []
    /// The OPD whose bidang the choice offers.
    public var shownAgencyID: Int64?
    /// The fields (ids: title, opd, bidang, form, kind, initiatorKind, initiator, affair, design, goal,
    /// benefit, result, budget, trial, implementation, proposer, contact).
    public var form: FormModel

    /// A form for `seed`: empty for a new proposal (the first OPD picked when there is one only),
    /// or filled in from the proposal to edit.
    public init(_ seed: ProposalFormSeed, zone: TimeZone) {
        original = seed.proposal
        agencies = seed.agencies
        divisions = seed.divisions
        let proposal = seed.proposal
        let names = seed.agencies.map(Self.name)
        let current = proposal.flatMap { value in seed.agencies.first { $0.id == value.agencyID } }.map(Self.name)
        let picked = current ?? (names.count == 1 ? names[0] : nil)
        func text(_ id: String, _ label: Localized, _ value: String?, required: Bool = false, max: Int) -> FormField {
            FormField(id, label, .text(TextInput(value ?? "")), isRequired: required, maxLength: max)
        }
        func long(_ id: String, _ label: Localized, _ value: String?, max: Int) -> FormField {
            FormField(id, label, .multiline(TextInput(value ?? "")), isRequired: true, maxLength: max)
        }
        func day(_ id: String, _ label: Localized, _ value: Date?) -> FormField {
            let typed = value.map { FieldParsing.dateText(CalendarDay(containing: $0, in: zone)) } ?? ""
            return FormField(id, label, .date(TextInput(typed), range: nil))
        }
        func choice<T: CaseIterable & Equatable>(
            _ id: String, _ label: Localized, _ value: T?, _ name: (T) -> Localized
        )
            -> FormField
        {
            let all = Array(T.allCases)
            let index = value.flatMap { all.firstIndex(of: $0) } ?? 0
            return FormField(id, label, .choice(all.map(name), selected: index))
        }
        var opd = FormField(
            "opd", ProposalFormText.opd, .pick(PickList(options: names, picked: picked.map { [$0] } ?? [])))
        opd.isRequired = true
        let budget = proposal.map { FieldParsing.numberText($0.budget) } ?? ""
        form = FormModel(
            fields: [
                text("title", ProposalFormText.title, proposal?.title, required: true, max: 300), opd,
                FormField("bidang", LabelText.division, .choice([ProposalFormText.noBidang], selected: 0)),
                choice("form", LabelText.form, proposal?.form) { $0.label },
                choice("kind", LabelText.kind, proposal?.kind) { $0.label },
                choice("initiatorKind", ProposalFormText.initiatorKind, proposal?.initiatorKind ?? .agency) {
                    $0.label
                },
                text("initiator", ProposalFormText.initiator, proposal?.initiatorName, max: 200),
                text("affair", ProposalFormText.affair, proposal?.affair, required: true, max: 100),
                long("design", LabelText.design, proposal?.design, max: 20_000),
                long("goal", LabelText.goal, proposal?.goal, max: 5_000),
                long("benefit", LabelText.benefit, proposal?.benefit, max: 5_000),
                long("result", LabelText.expectedResult, proposal?.expectedResult, max: 5_000),
                FormField("budget", ProposalFormText.budget, .number(TextInput(budget), range: 0...1_000_000_000_000)),
                day("trial", LabelText.plannedTrial, proposal?.plannedTrialOn),
                day("implementation", LabelText.plannedImplementation, proposal?.plannedImplementationOn),
                text("proposer", ProposalFormText.proposer, proposal?.proposerName, max: 200),
                text("contact", ProposalFormText.contact, proposal?.proposerContact, max: 200),
            ],
            submitLabel: proposal == nil ? ProposalFormText.submit : ProposalFormText.save)
        showDivisions(selecting: proposal?.divisionID)
        form.markUnchanged()
    }

    /// Offers the bidang of the OPD picked now, keeping `selecting` (or the bidang chosen so far)
    /// when it is one of them; does nothing while the OPD stays the same.
    public mutating func showDivisions(selecting wanted: Int64? = nil) {
        let agencyID = agency?.id
        guard agencyID != shownAgencyID || wanted != nil,
            let index = form.fields.firstIndex(where: { $0.id == "bidang" })
        else { return }
        let keep = wanted ?? divisionID
        shownAgencyID = agencyID
        shownDivisions = divisions.filter { $0.agencyID == agencyID }
        let names = [ProposalFormText.noBidang] + shownDivisions.map { Localized(verbatim: $0.name) }
        let selected = shownDivisions.firstIndex { $0.id == keep }.map { $0 + 1 } ?? 0
        form.fields[index].kind = .choice(names, selected: selected)
    }

    /// The bidang chosen, nil for none.
    public var divisionID: Int64? {
        guard case .choice(_, let selected) = form["bidang"]?.kind, selected > 0,
            shownDivisions.indices.contains(selected - 1)
        else { return nil }
        return shownDivisions[selected - 1].id
    }

    /// How an OPD reads in the pick list: its code, then its name.
    static func name(_ agency: Agency) -> String { "\(agency.code) — \(agency.name)" }

    /// The OPD picked, if any.
    public var agency: Agency? {
        guard case .pick(let list) = form["opd"]?.kind, let picked = list.value.first else { return nil }
        return agencies.first { Self.name($0) == picked }
    }

    private func chosen<T: CaseIterable>(_ id: String, _ type: T.Type) -> T? {
        guard case .choice(_, let selected) = form[id]?.kind else { return nil }
        let all = Array(T.allCases)
        return all.indices.contains(selected) ? all[selected] : nil
    }

    private func text(_ id: String) -> String { form[id]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }

    private func day(_ id: String, zone: TimeZone) -> Date? {
        FieldParsing.date(text(id)).map { $0.start(in: zone) }
    }

    /// Problems the kit does not see: implementation planned before the trial.
    func issues(_ model: FormModel, zone: TimeZone) -> FormIssues {
        var copy = self
        copy.form = model
        guard let trial = copy.day("trial", zone: zone), let start = copy.day("implementation", zone: zone),
            start < trial
        else { return .none }
        return FormIssues(errors: [
            FormIssue(field: "implementation", message: ProposalFormText.implementationBeforeTrial)
        ])
    }

    /// The proposal the form describes: the original with the fields applied, or a new one
    /// submitted at `now`; nil while no OPD is picked.
    public func proposal(now: Date, zone: TimeZone) -> Proposal? {
        guard let agency else { return nil }
        var value =
            original
            ?? Proposal(
                title: "", agencyID: agency.id, initiatorKind: .agency, initiatorName: "", form: .publicService,
                kind: .digital, affair: "", design: "", goal: "", benefit: "", expectedResult: "", budget: 0,
                submittedAt: now)
        value.agencyID = agency.id
        value.divisionID = divisionID
        value.title = text("title")
        value.form = chosen("form", InnovationForm.self) ?? value.form
        value.kind = chosen("kind", InnovationKind.self) ?? value.kind
        value.initiatorKind = chosen("initiatorKind", InitiatorKind.self) ?? value.initiatorKind
        value.initiatorName = text("initiator").isEmpty ? agency.name : text("initiator")
        value.affair = text("affair")
        value.design = text("design")
        value.goal = text("goal")
        value.benefit = text("benefit")
        value.expectedResult = text("result")
        value.budget = FieldParsing.number(text("budget")) ?? 0
        value.plannedTrialOn = day("trial", zone: zone)
        value.plannedImplementationOn = day("implementation", zone: zone)
        value.proposerName = text("proposer").isEmpty ? nil : text("proposer")
        value.proposerContact = text("contact").isEmpty ? nil : text("contact")
        return value
    }
}
