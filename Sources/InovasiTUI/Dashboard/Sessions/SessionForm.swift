import Foundation
import InovasiCore

/// The calendar's `+` (a new session on the selected day) and `e` (the session under the cursor):
/// every field of a mentoring session on the form kit, times typed in the configured zone.
public struct SessionForm: Hashable, Sendable {
    /// The session edited, as stored when the form opened; nil for a new one.
    public var original: MentoringSession?
    /// The OPDs offered (active ones), in the pick list's order.
    public var agencies: [Agency]
    /// Every innovation offered; the list shows those of the OPDs picked (all while none is).
    public var innovations: [Innovation]
    /// Sessions that may clash, as read when the form opened (the store is asked again on saving).
    public var candidates: [MentoringSession]
    /// The sessions whose clash the person has already confirmed; the store's check asks only anew.
    public var acknowledged: Set<Int64> = []
    /// The OPDs whose innovations the innovation list offers now.
    public var shownAgencyIDs: Set<Int64> = []
    /// The fields (ids: title, date, start, end, place, mode, link, speaker, institution, labStage,
    /// opd, innovations, notes).
    public var form: FormModel

    /// Institutions every office works with, offered even before the store has used them.
    public static let knownInstitutions = ["LAN RI", "KemenPAN-RB", "BRIN", "Kemendagri"]

    /// A form for `seed`: empty on `day` from 09:00 to 11:00 for a new session, or filled in from
    /// the session to edit, its times in `zone`.
    public init(_ seed: SessionFormSeed, day: CalendarDay, zone: TimeZone) {
        original = seed.session
        agencies = seed.agencies
        innovations = seed.innovations
        candidates = seed.overlapping
        let session = seed.session
        let shownDay = session.map { CalendarDay(containing: $0.startsAt, in: zone) } ?? day
        let start = session.map { Self.clock($0.startsAt, zone) } ?? "09:00"
        let end = session.map { Self.clock($0.endsAt, zone) } ?? "11:00"
        let institutions = Self.knownInstitutions + seed.institutions.filter { !Self.knownInstitutions.contains($0) }
        let picked = session?.agencyIDs.compactMap { id in seed.agencies.first { $0.id == id } }.map(Self.name) ?? []
        let stages = [SessionFormText.noLabStage] + LabStage.allCases.map { Localized(verbatim: $0.typed) }
        let stage = session?.labStage.flatMap { LabStage.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let modes = SessionMode.allCases
        func text(_ id: String, _ label: Localized, _ value: String?, required: Bool = false, max: Int) -> FormField {
            FormField(id, label, .text(TextInput(value ?? "")), isRequired: required, maxLength: max)
        }
        var institution = FormField(
            "institution", SessionFormText.institution,
            .pick(
                PickList(
                    options: institutions, takesFreeEntry: true,
                    picked: session.map { [$0.speakerInstitution] } ?? [])))
        institution.isRequired = true
        form = FormModel(
            fields: [
                text("title", SessionFormText.title, session?.title, required: true, max: 300),
                FormField(
                    "date", SessionFormText.date, .date(TextInput(FieldParsing.dateText(shownDay)), range: nil),
                    isRequired: true),
                FormField("start", SessionFormText.start, .time(TextInput(start)), isRequired: true),
                FormField("end", SessionFormText.end, .time(TextInput(end)), isRequired: true),
                text("place", SessionFormText.place, session?.location, max: 300),
                FormField(
                    "mode", SessionFormText.mode,
                    .choice(
                        modes.map(\.label),
                        selected: session.map { mode in
                            modes.firstIndex(of: mode.mode) ?? 0
                        } ?? 0)),
                text("link", SessionFormText.link, session?.meetingLink, max: 500),
                text("speaker", SessionFormText.speaker, session?.speakerName, required: true, max: 200),
                institution,
                FormField("labStage", SessionFormText.labStage, .choice(stages, selected: stage)),
                FormField(
                    "opd", SessionFormText.agencies,
                    .pick(PickList(options: seed.agencies.map(Self.name), isMultiple: true, picked: picked))),
                FormField("innovations", SessionFormText.innovations, .pick(PickList(options: [], isMultiple: true))),
                FormField(
                    "notes", SessionFormText.notes, .multiline(TextInput(session?.notes ?? "")), maxLength: 5_000),
            ],
            submitLabel: session == nil ? SessionFormText.schedule : SessionFormText.save)
        showInnovations(keeping: session?.innovationIDs ?? [], force: true)
        form.markUnchanged()
    }

    /// Whether the form makes a new session.
    public var isNew: Bool { original == nil }

    /// `09:00`: the time of `date` on the clocks of `zone`.
    static func clock(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// How an OPD reads in the pick list: its code, then its name.
    static func name(_ agency: Agency) -> String { "\(agency.code) — \(agency.name)" }

    /// How an innovation reads in the pick list: its number, title and OPD code.
    func name(_ innovation: Innovation) -> String {
        let code = agencies.first { $0.id == innovation.agencyID }?.code ?? "#\(innovation.agencyID)"
        return "#\(innovation.id) \(innovation.title) (\(code))"
    }

    /// The OPDs picked, in the list's order.
    public var pickedAgencies: [Agency] {
        guard case .pick(let list) = form["opd"]?.kind else { return [] }
        return agencies.filter { list.value.contains(Self.name($0)) }
    }

    /// The innovations picked.
    public var pickedInnovations: [Innovation] {
        guard case .pick(let list) = form["innovations"]?.kind else { return [] }
        return innovations.filter { list.value.contains(name($0)) }
    }

    /// Offers the innovations of the OPDs picked now (all of them while none is), dropping picks no
    /// longer offered; `keeping` picks these ids. Does nothing while the OPDs stay the same.
    public mutating func showInnovations(keeping wanted: [Int64] = [], force: Bool = false) {
        let picked = Set(pickedAgencies.map(\.id))
        guard force || picked != shownAgencyIDs,
            let index = form.fields.firstIndex(where: { $0.id == "innovations" }),
            case .pick(var list) = form.fields[index].kind
        else { return }
        let keep = Set(wanted).union(pickedInnovations.map(\.id))
        shownAgencyIDs = picked
        let offered = innovations.filter { picked.isEmpty || picked.contains($0.agencyID) }
        list.options = offered.map(name)
        list.picked = offered.filter { keep.contains($0.id) }.map(name)
        list.cursor = 0
        form.fields[index].kind = .pick(list)
    }
}
