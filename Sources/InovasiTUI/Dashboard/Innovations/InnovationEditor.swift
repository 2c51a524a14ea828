import Foundation
import InovasiCore

/// `+` and `e` in an OPD's detail: a new innovation of the OPD, or the one under the cursor edited,
/// on the form kit. Every field `inovasi innovation add|edit` takes; the store checks them again
/// (``InnovationDesk``) and refuses with the field named.
public struct InnovationEditor: Hashable, Sendable {
    /// The innovation as it was when the form opened; nil for a new one.
    public var original: Innovation?
    /// The OPD it belongs to.
    public var agency: Agency
    /// The OPD's bidang, in the order of the pick list (after "none").
    public var divisions: [Division]
    /// The office's time zone: days typed are the start of that day there.
    public var zone: TimeZone
    /// The fields (see ``Field``).
    public var form: FormModel

    /// The form's field ids, top to bottom.
    enum Field {
        static let title = "title", bidang = "bidang", form = "form", kind = "kind"
        static let initiatorKind = "initiatorKind", initiator = "initiator", affair = "affair"
        static let sharedAffairs = "sharedAffairs", design = "design", goal = "goal", benefit = "benefit"
        static let result = "result", budget = "budget", enactmentKind = "enactmentKind"
        static let enactmentNumber = "enactmentNumber", enactmentDate = "enactmentDate", started = "started"
    }

    /// A form for a new innovation of `agency` (`editing` nil) or for `editing`, with its values.
    public init(agency: Agency, divisions: [Division], editing: Innovation?, zone: TimeZone, today: CalendarDay) {
        self.original = editing
        self.agency = agency
        self.divisions = divisions
        self.zone = zone
        let values = editing ?? Self.blank(agency, start: today.start(in: zone))
        form = FormModel(
            fields: Self.identityFields(values, divisions) + Self.profileFields(values.profile, zone)
                + [Self.dateField(Field.started, InnovationFormText.started, values.startedOn, zone, required: true)],
            submitLabel: InnovationFormText.save)
    }

    static func blank(_ agency: Agency, start: Date) -> Innovation {
        Innovation(
            title: "", agencyID: agency.id, form: .publicService, kind: .digital, stage: .initiative,
            initiatorKind: .agency, initiatorName: agency.name, affair: "", isMain: false, startedOn: start)
    }

    static func identityFields(_ values: Innovation, _ divisions: [Division]) -> [FormField] {
        let noneLabel = Self.noBidang
        let bidang = divisions.first { $0.id == values.divisionID }?.name ?? noneLabel
        let pick = PickList(options: [noneLabel] + divisions.map(\.name), picked: [bidang])
        return [
            FormField(
                Field.title, InnovationFormText.title, .text(TextInput(values.title)), isRequired: true, maxLength: 200),
            FormField(Field.bidang, InnovationFormText.bidang, .pick(pick)),
            choice(Field.form, InnovationFormText.form, InnovationForm.allCases.map(\.label), values.form),
            choice(Field.kind, InnovationFormText.kind, InnovationKind.allCases.map(\.label), values.kind),
            choice(
                Field.initiatorKind, InnovationFormText.initiatorKind, InitiatorKind.allCases.map(\.label),
                values.initiatorKind),
            FormField(
                Field.initiator, InnovationFormText.initiator, .text(TextInput(values.initiatorName)), maxLength: 200),
            FormField(
                Field.affair, InnovationFormText.affair, .text(TextInput(values.affair)), isRequired: true,
                maxLength: 100),
            FormField(
                Field.sharedAffairs, InnovationFormText.sharedAffairs,
                .text(TextInput(values.profile.sharedAffairs.joined(separator: ", "))), maxLength: 1_000),
        ]
    }

    static func profileFields(_ profile: InnovationProfile, _ zone: TimeZone) -> [FormField] {
        let kinds = [InnovationFormText.noEnactment] + EnactmentKind.allCases.map(\.label)
        let kindIndex = profile.enactment.flatMap { EnactmentKind.allCases.firstIndex(of: $0.kind) }.map { $0 + 1 }
        return [
            FormField(
                Field.design, InnovationFormText.design, .multiline(TextInput(profile.design)), maxLength: 20_000),
            FormField(Field.goal, InnovationFormText.goal, .multiline(TextInput(profile.goal)), maxLength: 5_000),
            FormField(
                Field.benefit, InnovationFormText.benefit, .multiline(TextInput(profile.benefit)), maxLength: 5_000),
            FormField(Field.result, InnovationFormText.result, .multiline(TextInput(profile.result)), maxLength: 5_000),
            FormField(
                Field.budget, InnovationFormText.budget,
                .number(
                    TextInput(profile.budget == 0 ? "" : FieldParsing.numberText(profile.budget)),
                    range: 0...Self.maxBudget)),
            FormField(Field.enactmentKind, InnovationFormText.enactmentKind, .choice(kinds, selected: kindIndex ?? 0)),
            FormField(
                Field.enactmentNumber, InnovationFormText.enactmentNumber,
                .text(TextInput(profile.enactment?.number ?? "")), maxLength: 100),
            dateField(Field.enactmentDate, InnovationFormText.enactmentDate, profile.enactment?.on, zone),
        ]
    }

    /// The pick list's first option: the innovation belongs to the OPD as a whole.
    static let noBidang = "—"

    /// The largest anggaran the form takes: a trillion rupiah, far above any OPD's innovation.
    static let maxBudget: Int64 = 1_000_000_000_000

    static func choice<Value: Equatable & CaseIterable>(
        _ id: String, _ label: Localized, _ labels: [Localized], _ value: Value
    ) -> FormField where Value.AllCases == [Value] {
        FormField(id, label, .choice(labels, selected: Value.allCases.firstIndex(of: value) ?? 0))
    }

    static func dateField(_ id: String, _ label: Localized, _ date: Date?, _ zone: TimeZone, required: Bool = false)
        -> FormField
    {
        let text = date.map { FieldParsing.dateText(CalendarDay(containing: $0, in: zone)) } ?? ""
        return FormField(id, label, .date(TextInput(text), range: nil), isRequired: required)
    }

    /// Whether the form adds a new innovation (else it edits ``original``).
    public var isNew: Bool { original == nil }
}
