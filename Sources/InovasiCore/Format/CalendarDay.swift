import Foundation

/// A calendar day without a time, as people type it on the command line: `2026-12-07`.
///
/// Days are turned into instants only together with the configured zone, so "this month" means
/// the month in Cilegon (WIB), not in UTC.
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Year of the Gregorian calendar, 1…9999.
    public let year: Int
    /// Month, 1…12.
    public let month: Int
    /// Day of the month, 1…31 as the month allows.
    public let day: Int

    /// A day when the numbers name a real date (no 30 February); nil otherwise.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (other separators, missing zeros, 2026-02-30) is nil.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day on which `date` falls in `zone`. From 1900 on, by arithmetic on the zone's offset
    /// (``CivilDays``): a calendar places thousands of sessions per frame, and Foundation's `Calendar`
    /// costs microseconds each; earlier dates keep Foundation's Julian days before 1582.
    public init(containing date: Date, in zone: TimeZone) {
        let seconds = date.timeIntervalSince1970
        if seconds >= CivilDays.fastFrom, seconds < CivilDays.fastUntil {
            let local = Int((seconds + Double(zone.secondsFromGMT(for: date))).rounded(.down))
            let number = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
            self = CivilDays.day(ofNumber: number)
            return
        }
        let parts = Self.calendar(zone).dateComponents([.year, .month, .day], from: date)
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    /// A day already known to be valid (``CivilDays/day(ofNumber:)``).
    init(valid year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, the form files and the command line use.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Midnight at the start of the day in `zone`.
    public func start(in zone: TimeZone) -> Date {
        let parts = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        return Self.calendar(zone).date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        let number = CivilDays.number(of: self) + count
        let fast = Int(CivilDays.fastFrom) / 86_400..<Int(CivilDays.fastUntil) / 86_400
        if fast.contains(CivilDays.number(of: self)), fast.contains(number) { return CivilDays.day(ofNumber: number) }
        let zone = TimeZone.gmt
        let moved = Self.calendar(zone).date(byAdding: .day, value: count, to: start(in: zone))
        return CalendarDay(containing: moved ?? start(in: zone), in: zone)
    }

    /// First day of the same month.
    public var firstOfMonth: CalendarDay { CalendarDay(year: year, month: month, day: 1) ?? self }

    /// Last day of the same month.
    public var lastOfMonth: CalendarDay {
        CalendarDay(year: year, month: month, day: Self.daysIn(month: month, year: year)) ?? self
    }

    /// Day of the week, 1 = Sunday … 7 = Saturday (the Gregorian calendar's numbering).
    public var weekday: Int {
        Self.calendar(.gmt).component(.weekday, from: start(in: .gmt))
    }

    /// Earlier days first.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
