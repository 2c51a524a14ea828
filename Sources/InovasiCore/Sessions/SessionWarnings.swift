import Foundation

/// What a person should confirm before scheduling a session, though nothing forbids it: a weekend,
/// a national holiday or cuti bersama, the Friday prayer crossed, or a new session in the past.
public enum SessionWarnings {
    /// One thing worth a second look.
    public enum Warning: Hashable, Sendable {
        /// The session falls on a Saturday or Sunday.
        case weekend(CalendarDay)
        /// The session falls on a national holiday or a cuti bersama day.
        case holiday(CalendarDay, name: String, collectiveLeave: Bool)
        /// A Friday session runs across the Friday prayer (11.30–13.00 local time).
        case fridayPrayer(CalendarDay)
        /// A new session starts before now: it needs an explicit confirmation.
        case pastDate(CalendarDay)

        /// Whether scheduling needs an explicit yes (`--yes`, a confirmation in a form).
        public var needsConfirmation: Bool {
            if case .pastDate = self { return true }
            return false
        }
    }

    /// The warnings for `session` in `zone`, in a fixed order (past, weekend, holiday, prayer) and
    /// for each day it touches. `isNew` asks for the past-date check, which an edit does not need.
    /// `holiday` looks a day up; by default the shipped ``NationalHolidays``.
    public static func find(
        for session: MentoringSession, isNew: Bool, now: Date, in zone: TimeZone,
        holiday: (CalendarDay) -> NationalHolidays.Holiday? = NationalHolidays.holiday(on:)
    ) -> [Warning] {
        let first = CalendarDay(containing: session.startsAt, in: zone)
        let last = CalendarDay(containing: max(session.startsAt, session.endsAt.addingTimeInterval(-1)), in: zone)
        var warnings: [Warning] = []
        if isNew, session.startsAt < now { warnings.append(.pastDate(first)) }
        var day = first
        while day <= last {
            let number = CivilDays.number(of: day)
            let weekday = CivilDays.isoWeekday(of: number)
            if weekday >= 6 { warnings.append(.weekend(day)) }
            if let found = holiday(day) {
                warnings.append(.holiday(day, name: found.name, collectiveLeave: found.isCollectiveLeave))
            }
            if weekday == 5, crossesPrayer(session, on: day, in: zone) { warnings.append(.fridayPrayer(day)) }
            day = day.adding(days: 1)
        }
        return warnings
    }

    /// Whether the session overlaps 11.30–13.00 of `day` in `zone`.
    static func crossesPrayer(_ session: MentoringSession, on day: CalendarDay, in zone: TimeZone) -> Bool {
        let prayer = OfficeHours.fridayPrayer
        let start = SessionRule.instant(day, minute: prayer.lowerBound, in: zone)
        let end = SessionRule.instant(day, minute: prayer.upperBound, in: zone)
        return session.startsAt < end && start < session.endsAt
    }
}
