import Foundation

/// Wall-clock arithmetic: a local date and time held as the `Date` it would be in UTC, so days,
/// weeks and months are added on the calendar as written, whatever zone the event lives in; a
/// zone turns the wall time into an instant at the end (`ICSZone`).
enum ICSWallClock {
    /// The Gregorian calendar in UTC, on which wall times are counted.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    /// The wall time of `year-month-day hour:minute:second`, nil when that date does not exist.
    static func wall(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0)
        -> Date?
    {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
            (0...60).contains(second), day <= daysIn(year, month)
        else { return nil }
        let parts = DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59))
        return calendar.date(from: parts)
    }

    /// How many days `month` of `year` has.
    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Year, month, day, hour, minute, second and ISO weekday (1 Monday … 7 Sunday) of a wall time.
    static func parts(_ wall: Date) -> (
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int
    ) {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: wall)
        let weekday = ((c.weekday ?? 1) + 5) % 7 + 1
        return (c.year ?? 0, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0, weekday)
    }

    /// `wall` moved by whole days on the calendar.
    static func adding(days: Int, to wall: Date) -> Date { wall.addingTimeInterval(Double(days) * 86_400) }

    /// The wall time of `instant` seen in `zone`.
    static func wall(of instant: Date, in zone: TimeZone) -> Date {
        instant.addingTimeInterval(Double(zone.secondsFromGMT(for: instant)))
    }

    /// `20261203T090000` (date-time) or `20261203` (date) of a wall time.
    static func format(_ wall: Date, dateOnly: Bool = false) -> String {
        let p = parts(wall)
        let date = pad(p.year, 4) + pad(p.month, 2) + pad(p.day, 2)
        return dateOnly ? date : date + "T" + pad(p.hour, 2) + pad(p.minute, 2) + pad(p.second, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
