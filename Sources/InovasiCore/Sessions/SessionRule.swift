import Foundation

/// What makes a mentoring session acceptable, naming the field at fault: the one place a form,
/// the command line and the store ask. Warnings (``SessionWarnings``, ``SessionConflicts``) are
/// separate: they never refuse a session on their own.
public enum SessionRule {
    /// Checks every field of `session` that can be wrong on its own, the first fault first:
    /// empty title, place or narasumber; end not after start; an online session without its link.
    public static func validate(_ session: MentoringSession) throws(ValidationError) {
        try session.validate()
        try Check.length(session.meetingLink, field: "meetingLink", max: 500)
        try Check.length(session.followUp, field: "followUp", max: 5_000)
        try Check.length(session.notes, field: "notes", max: 5_000)
        if session.mode == .online, session.meetingLink.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(field: "meetingLink", reason: .missing)
        }
        if session.sequence < 0 { throw ValidationError(field: "sequence", reason: .negative) }
    }

    /// The calendar day `text` (`YYYY-MM-DD`) names; refused as `field` invalid when it is not a
    /// date that exists (2026-02-30, 2026-13-01) or not written that way.
    public static func day(_ text: String, field: String = "date") throws(ValidationError) -> CalendarDay {
        guard let day = CalendarDay(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(field: field, reason: .invalid)
        }
        return day
    }

    /// Minutes after midnight of `text` (`HH:MM` or `HH.MM`, 00:00–23:59); refused as `field`
    /// invalid otherwise.
    public static func minute(_ text: String, field: String) throws(ValidationError) -> Int {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { throw ValidationError(field: field, reason: .invalid) }
        return hour * 60 + minute
    }

    /// The instant `day` shows `minute` after midnight on the clocks of `zone`.
    public static func instant(_ day: CalendarDay, minute: Int, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: minute / 60, minute: minute % 60)
        return calendar.date(from: parts) ?? day.start(in: zone).addingTimeInterval(TimeInterval(minute * 60))
    }
}
