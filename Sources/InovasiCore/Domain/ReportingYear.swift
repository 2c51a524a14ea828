import Foundation

/// A reporting year (issue 12, point 6): each figure belongs to the year of its own date, in the
/// office's time zone, so a decision at 2025-12-31T18:00Z is a 2026 decision in Jakarta.
public struct ReportingYear: Hashable, Sendable, Comparable {
    /// The years a report may ask for; anything else is a typing slip ("20x6", 1800).
    public static let allowed = 2000...2100

    /// The year's number, e.g. 2026.
    public let value: Int

    /// The year `value`, nil outside ``allowed``.
    public init?(_ value: Int) {
        guard Self.allowed.contains(value) else { return nil }
        self.value = value
    }

    /// The year written as four digits ("2026"), nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 4, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber),
            let number = Int(trimmed)
        else { return nil }
        self.init(number)
    }

    /// The year that holds `date` in `zone`.
    public static func containing(_ date: Date, in zone: TimeZone) -> ReportingYear? {
        ReportingYear(calendar(zone).component(.year, from: date))
    }

    /// The year before, nil before ``allowed``.
    public var previous: ReportingYear? { ReportingYear(value - 1) }

    /// From the first moment of 1 January to the first moment of the next year, in `zone`.
    public func interval(in zone: TimeZone) -> Range<Date> {
        let calendar = Self.calendar(zone)
        let start = calendar.date(from: DateComponents(year: value, month: 1, day: 1)) ?? .distantPast
        let end = calendar.date(from: DateComponents(year: value + 1, month: 1, day: 1)) ?? .distantFuture
        return start..<end
    }

    /// Orders years by number.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
