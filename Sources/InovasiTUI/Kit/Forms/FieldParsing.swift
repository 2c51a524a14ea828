import Foundation
import InovasiCore

/// Reads what people type into number, date and time fields, the ways they write them in Indonesia.
public enum FieldParsing {
    /// `1.250.000`, `1250000`, `Rp 1.250.000`, `Rp1.250.000`, `-5` → the number; nil for anything else
    /// (a comma, a misplaced dot, letters). The rule lives in InovasiCore (``ValueParsing``), shared
    /// with the spreadsheet import.
    public static func number(_ text: String) -> Int64? { ValueParsing.number(text) }

    /// The number as the form shows it: `1.250.000`.
    public static func numberText(_ value: Int64) -> String {
        NumberText.grouped(value, .id)
    }

    /// `07/12/2026`, `7/12/2026`, `7 Desember 2026`, `7 Des 2026`, `7 December 2026`, `2026-12-07`
    /// → the day; nil for anything else or a day that does not exist (``ValueParsing``).
    public static func date(_ text: String) -> CalendarDay? { ValueParsing.date(text) }

    /// The day as the form shows it: `07/12/2026`.
    public static func dateText(_ day: CalendarDay) -> String {
        String(format: "%02d/%02d/%04d", day.day, day.month, day.year)
    }

    /// `09:30`, `9:30`, `9.30` → hours and minutes; nil outside 00:00–23:59.
    public static func time(_ text: String) -> FieldTime? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(
            separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hour = digits(parts[0]), let minute = digits(parts[1])
        else { return nil }
        return FieldTime(hour: hour, minute: minute)
    }

    static func digits(_ text: Substring) -> Int? { ValueParsing.digits(text) }
}

/// A time of day from a time field.
public struct FieldTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 0…23.
    public let hour: Int
    /// 0…59.
    public let minute: Int

    /// A time when the numbers name one (no 24:00, no 9:75); nil otherwise.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `09:30`, as the form shows it.
    public var description: String { String(format: "%02d:%02d", hour, minute) }

    /// Earlier first.
    public static func < (lhs: FieldTime, rhs: FieldTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
}
