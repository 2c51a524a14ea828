import Foundation

/// When an office of Kota Cilegon works, the rule the demo's events follow and its tests check.
///
/// Working days are Monday to Friday except ``NationalHolidays``. Hours (WIB) are 07.30–16.00
/// Monday to Thursday and 07.30–16.30 on Friday, which loses 11.30–13.00 to the Friday prayer:
/// no score, decision, approval or session falls outside them, and no session crosses the prayer.
public enum OfficeHours {
    /// Minutes after local midnight: the office opens at 07.30.
    public static let opens = 7 * 60 + 30
    /// Closing time Monday to Thursday, 16.00.
    public static let closes = 16 * 60
    /// Closing time on Friday, 16.30.
    public static let closesFriday = 16 * 60 + 30
    /// The Friday prayer, 11.30–13.00, in minutes after midnight.
    public static let fridayPrayer = (11 * 60 + 30)..<(13 * 60)

    /// Whether the day with this number (days since 1970-01-01, local) is a working day.
    public static func isWorkingDay(number: Int) -> Bool {
        CivilDays.isoWeekday(of: number) <= 5 && !NationalHolidays.dayNumbers.contains(number)
    }

    /// Whether `day` is a working day.
    public static func isWorkingDay(_ day: CalendarDay) -> Bool {
        isWorkingDay(number: CivilDays.number(of: day))
    }

    /// The office's working spans of a working day, in minutes after midnight; none on a day off.
    public static func windows(dayNumber: Int) -> [Range<Int>] {
        guard isWorkingDay(number: dayNumber) else { return [] }
        if CivilDays.isoWeekday(of: dayNumber) == 5 {
            return [opens..<fridayPrayer.lowerBound, fridayPrayer.upperBound..<closesFriday]
        }
        return [opens..<closes]
    }

    /// Whether `date` falls within working hours in `zone`.
    public static func isWorkingTime(_ date: Date, in zone: TimeZone) -> Bool {
        let (day, minute) = local(date, zone)
        return windows(dayNumber: day).contains { $0.contains(minute) }
    }

    /// Whether a meeting from `start` to `end` sits inside one working span of one day: on a
    /// working day, within hours, and not across the Friday prayer.
    public static func isWorkingSpan(from start: Date, to end: Date, in zone: TimeZone) -> Bool {
        guard end > start else { return false }
        let (day, first) = local(start, zone)
        let (endDay, last) = local(end, zone)
        guard endDay == day else { return false }
        return windows(dayNumber: day).contains { $0.lowerBound <= first && last <= $0.upperBound }
    }

    /// The local day number and the minute after midnight of `date` in `zone`.
    static func local(_ date: Date, _ zone: TimeZone) -> (day: Int, minute: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (day, (seconds - day * 86_400) / 60)
    }
}
