import Foundation
import InovasiCore

extension InnovationEditor {
    /// The innovation the form describes: the original's stage, main flag, proposal and stop kept,
    /// every field of the form applied. Call after the kit's checks passed (numbers and days parse).
    public var innovation: Innovation {
        var value = original ?? Self.blank(agency, start: startedOn ?? Date(timeIntervalSince1970: 0))
        value.title = text(Field.title)
        value.divisionID = division?.id
        value.form = InnovationForm.allCases[choice(Field.form)]
        value.kind = InnovationKind.allCases[choice(Field.kind)]
        value.initiatorKind = InitiatorKind.allCases[choice(Field.initiatorKind)]
        value.initiatorName = text(Field.initiator).isEmpty ? agency.name : text(Field.initiator)
        value.affair = text(Field.affair)
        if let startedOn, !sameDay(startedOn, original?.startedOn) { value.startedOn = startedOn }
        if original == nil { value.stageChangedOn = value.startedOn }
        value.profile.design = form[Field.design]?.text ?? ""
        value.profile.goal = form[Field.goal]?.text ?? ""
        value.profile.benefit = form[Field.benefit]?.text ?? ""
        value.profile.result = form[Field.result]?.text ?? ""
        value.profile.budget = FieldParsing.number(text(Field.budget)) ?? 0
        value.profile.sharedAffairs = sharedAffairs
        value.profile.enactment = enactment
        return value
    }

    /// The bidang picked; nil for "none" (or a typed name that is no bidang of the OPD).
    var division: Division? {
        guard case .pick(let list) = form[Field.bidang]?.kind, let name = list.value.first else { return nil }
        return divisions.first { $0.name == name }
    }

    /// Urusan beririsan, typed separated by commas.
    var sharedAffairs: [String] {
        text(Field.sharedAffairs).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The penetapan, when a kind is chosen and its number and day are filled in.
    var enactment: Enactment? {
        let index = choice(Field.enactmentKind)
        guard index > 0, let on = day(Field.enactmentDate) else { return nil }
        let stored = original?.profile.enactment?.on
        return Enactment(
            kind: EnactmentKind.allCases[index - 1], number: text(Field.enactmentNumber),
            on: sameDay(on, stored) ? stored ?? on : on)
    }

    var startedOn: Date? { day(Field.started) }

    /// Whether `date` (a day's start) is the day of `stored`: an unchanged day keeps the stored time.
    func sameDay(_ date: Date, _ stored: Date?) -> Bool {
        guard let stored else { return false }
        return CalendarDay(containing: date, in: zone) == CalendarDay(containing: stored, in: zone)
    }

    func text(_ id: String) -> String {
        (form[id]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func choice(_ id: String) -> Int {
        guard case .choice(_, let selected) = form[id]?.kind else { return 0 }
        return selected
    }

    func day(_ id: String) -> Date? {
        FieldParsing.date(text(id)).map { $0.start(in: zone) }
    }

    /// What the kit cannot know: a penetapan needs its kind, number and day together (the error
    /// names the missing one); a rancang bangun under the IID's 300 words is a warning.
    func issues(_ form: FormModel) -> FormIssues {
        var issues = FormIssues()
        let hasKind = choice(Field.enactmentKind) > 0
        let number = !text(Field.enactmentNumber).isEmpty
        let date = !text(Field.enactmentDate).isEmpty
        if hasKind || number || date {
            for (field, given) in [
                (Field.enactmentKind, hasKind), (Field.enactmentNumber, number), (Field.enactmentDate, date),
            ]
            where !given {
                issues.errors.append(FormIssue(field: field, message: InnovationFormText.enactmentIncomplete))
            }
        }
        if let words = thinDesignWords {
            issues.warnings.append(FormIssue(field: Field.design, message: InnovationFormText.thinDesign(words)))
        }
        return issues
    }

    /// The rancang bangun's word count when it is filled in but under the IID's 300 words.
    var thinDesignWords: Int? {
        let profile = InnovationProfile(design: form[Field.design]?.text ?? "")
        return profile.designIsThin ? profile.designWords : nil
    }
}
