import Foundation
import InovasiCore

/// What the session form says before saving: the session its fields describe, the faults that
/// block it (by ``SessionRule``, naming the field), and the warnings to confirm (clashes by
/// ``SessionConflicts``, days off and the Friday prayer by ``SessionWarnings``, a past date).
extension SessionForm {
    /// Where the form's checks look: the zone times are typed in, now, the office's days off and
    /// the sessions already loaded by the calendar.
    struct Checking {
        var zone: TimeZone
        var now: Date
        var holidays: HolidayCalendar
        var loaded: [MentoringSession]
    }

    private func text(_ id: String) -> String { form[id]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }

    private func chosen(_ id: String) -> Int {
        guard case .choice(_, let selected) = form[id]?.kind else { return 0 }
        return selected
    }

    /// The session the fields describe (the original with them applied, or a new scheduled one),
    /// its times taken in `zone` through ``SessionRule``; nil while the day or a time does not parse.
    func session(zone: TimeZone) -> MentoringSession? {
        guard let day = FieldParsing.date(text("date")),
            let start = try? SessionRule.minute(text("start"), field: "start"),
            let end = try? SessionRule.minute(text("end"), field: "end")
        else { return nil }
        let modes = SessionMode.allCases
        var value =
            original
            ?? MentoringSession(
                title: "", startsAt: Date(timeIntervalSince1970: 0), endsAt: Date(timeIntervalSince1970: 0),
                location: "", mode: .offline, speakerName: "", speakerInstitution: "")
        value.title = text("title")
        value.startsAt = SessionRule.instant(day, minute: start, in: zone)
        value.endsAt = SessionRule.instant(day, minute: end, in: zone)
        value.mode = modes.indices.contains(chosen("mode")) ? modes[chosen("mode")] : .offline
        value.meetingLink = text("link")
        value.location = text("place").isEmpty && value.mode != .offline ? value.meetingLink : text("place")
        value.speakerName = text("speaker")
        if case .pick(let list) = form["institution"]?.kind { value.speakerInstitution = list.value.first ?? "" }
        let stage = chosen("labStage")
        value.labStage = stage > 0 && stage <= LabStage.allCases.count ? LabStage.allCases[stage - 1] : nil
        value.agencyIDs = Self.keepingOrder(value.agencyIDs, pickedAgencies.map(\.id))
        value.innovationIDs = Self.keepingOrder(value.innovationIDs, pickedInnovations.map(\.id))
        value.notes = text("notes")
        return value
    }

    /// `picked`, in `before`'s order when it holds the same ids: an edit that did not touch a list
    /// leaves it as it was.
    static func keepingOrder(_ before: [Int64], _ picked: [Int64]) -> [Int64] {
        Set(before) == Set(picked) ? before : picked
    }

    /// The form field a ``ValidationError`` names.
    static func field(of error: ValidationError) -> String {
        switch error.field {
        case "endsAt": "end"
        case "meetingLink": "link"
        case "location": "place"
        case "speakerName": "speaker"
        case "speakerInstitution": "institution"
        default: error.field
        }
    }

    /// The words of a ``ValidationError`` of the session rule.
    static func message(of error: ValidationError) -> Localized {
        switch (error.field, error.reason) {
        case ("endsAt", _): SessionFormText.endNotAfterStart
        case ("meetingLink", .missing): SessionFormText.linkNeeded
        case (_, .tooLong(let max)): FormText.tooLong(max)
        case (_, .missing), (_, .empty): FormText.required
        default: FormText.notDate
        }
    }

    /// Errors, warnings and the past-date question for `model`, checked as in `checking`.
    func issues(_ model: FormModel, _ checking: Checking) -> FormIssues {
        var copy = self
        copy.form = model
        guard FormValidation.issues(model).errors.isEmpty, let session = copy.session(zone: checking.zone) else {
            return .none
        }
        do {
            try SessionRule.validate(session)
        } catch {
            return FormIssues(errors: [FormIssue(field: Self.field(of: error), message: Self.message(of: error))])
        }
        let found = copy.warnings(for: session, checking)
        return FormIssues(
            warnings: found.warnings.map { FormIssue(field: "date", message: $0) }
                + found.clashes.map { FormIssue(field: nil, message: $0) },
            question: found.past ? SessionFormText.pastDate : nil)
    }

    /// The warnings of `session` as sentences: days off (with "unverified" where the date is not
    /// confirmed), the Friday prayer, clashes with `checking.loaded` and the form's candidates;
    /// `past` when a new session starts before now.
    func warnings(for session: MentoringSession, _ checking: Checking)
        -> (warnings: [Localized], clashes: [Localized], past: Bool)
    {
        let found = SessionWarnings.find(
            for: session, isNew: isNew, now: checking.now, in: checking.zone, holiday: checking.holidays.holiday(on:))
        let words = found.filter { !$0.needsConfirmation }.map { warning -> Localized in
            guard case .holiday(let day, _, _) = warning, checking.holidays.isUnverified(day) else {
                return SessionText.warning(warning)
            }
            return Localized(composing: { language in
                "\(SessionText.warning(warning).text(language)) (\(SessionFormText.unverified.text(language)))"
            })
        }
        let clashes = clashes(for: session, checking)
        return (words, clashes.map { clashText($0, zone: checking.zone) }, found.contains { $0.needsConfirmation })
    }

    /// The clashes of `session` with the sessions loaded and the form's candidates.
    func clashes(for session: MentoringSession, _ checking: Checking) -> [SessionConflicts.Conflict] {
        var pool: [Int64: MentoringSession] = [:]
        for other in checking.loaded + candidates { pool[other.id] = other }
        return SessionConflicts.find(for: session, among: Array(pool.values))
    }

    /// One clash as a sentence naming the other session, its time in `zone` and the OPD codes.
    func clashText(_ conflict: SessionConflicts.Conflict, zone: TimeZone) -> Localized {
        let codes = Dictionary(agencies.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        return Localized(composing: { language in
            SessionText.conflict(
                conflict, time: { DateText.time($0, in: zone, language) }, code: { codes[$0] ?? "#\($0)" }
            ).text(language)
        })
    }
}
