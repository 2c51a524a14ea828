import Foundation

/// A month of the calendar, `2026-12`: the unit of the trends, taken in the office's zone.
///
/// Kept apart from ``CalendarDay`` so a month range cannot carry a stray day, and so month
/// arithmetic is one integer step.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Year of the Gregorian calendar, 1…9999.
    public let year: Int
    /// Month, 1…12.
    public let month: Int

    /// A month when the numbers name one; nil otherwise.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`, as the command line takes it; anything else is nil.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month in which `date` falls in `zone`.
    public init(containing date: Date, in zone: TimeZone) {
        let day = CalendarDay(containing: date, in: zone)
        year = day.year
        month = day.month
    }

    /// The month `count` months later (earlier when negative), held within years 1…9999.
    public func adding(months count: Int) -> YearMonth {
        let index = min(max(ordinal + count, 12), 9999 * 12 + 11)
        return YearMonth(uncheckedOrdinal: index)
    }

    /// Months from `self` to `other`: 0 for the same month, negative when `other` is earlier.
    public func distance(to other: YearMonth) -> Int { other.ordinal - ordinal }

    /// Midnight of the month's first day in `zone`: where the month starts.
    public func start(in zone: TimeZone) -> Date {
        let parts = DateComponents(year: year, month: month, day: 1, hour: 0, minute: 0, second: 0)
        return CalendarDay.calendar(zone).date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    /// `YYYY-MM`.
    public var description: String { String(format: "%04d-%02d", year, month) }

    /// Months since year 0, for arithmetic.
    private var ordinal: Int { year * 12 + month - 1 }

    private init(uncheckedOrdinal index: Int) {
        year = index / 12
        month = index % 12 + 1
    }

    /// Earlier months first.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }
}
