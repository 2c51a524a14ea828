import Foundation

/// Weeks as the office plans them: Monday to Sunday, numbered as ISO 8601 does (`2026-W50`; week 1
/// holds the year's first Thursday), for `inovasi sessions --week`.
public enum ISOWeek {
    /// The Monday of the week `day` falls in.
    public static func monday(of day: CalendarDay) -> CalendarDay {
        CalendarWeek(containing: day).monday
    }

    /// Monday and Sunday of the week `text` names: `this`/`ini`, `next`/`depan` (relative to
    /// `today`) or `YYYY-Www` (`2026-W50`, `2026-w5`); nil for anything else or a week the year lacks.
    public static func parse(_ text: String, today: CalendarDay) -> (CalendarDay, CalendarDay)? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        let first: CalendarDay
        switch key {
        case "this", "ini": first = monday(of: today)
        case "next", "depan": first = monday(of: today).adding(days: 7)
        default:
            guard let found = numbered(key) else { return nil }
            first = found
        }
        return (first, first.adding(days: 6))
    }

    /// The Monday of `YYYY-Www`, nil when malformed or past the year's last week.
    static func numbered(_ key: String) -> CalendarDay? {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].hasPrefix("w"),
            let year = Int(parts[0]), let number = Int(parts[1].dropFirst()), parts[1].count <= 3, number >= 1,
            let january4 = CalendarDay(year: year, month: 1, day: 4)
        else { return nil }
        let monday = monday(of: january4).adding(days: (number - 1) * 7)
        // The week belongs to the year its Thursday falls in.
        guard monday.adding(days: 3).year == year else { return nil }
        return monday
    }

    /// `YYYY-Www` of the week `day` falls in.
    public static func name(of day: CalendarDay) -> String {
        let thursday = monday(of: day).adding(days: 3)
        let first = CalendarDay(year: thursday.year, month: 1, day: 4).map(monday(of:)) ?? thursday
        let number = (CivilDays.number(of: monday(of: day)) - CivilDays.number(of: first)) / 7 + 1
        return String(format: "%04d-W%02d", thursday.year, number)
    }
}
