import Foundation
import InovasiCore

/// Reads what people type into number, date and time fields, the ways they write them in Indonesia.
public enum FieldParsing {
    /// `1.250.000`, `1250000`, `Rp 1.250.000`, `Rp1.250.000`, `-5` → the number; nil for anything else
    /// (a comma, a misplaced dot, letters).
    public static func number(_ text: String) -> Int64? {
        var body = text.trimmingCharacters(in: .whitespaces)
        if body.lowercased().hasPrefix("rp") {
            body = String(body.dropFirst(2)).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        }
        let negative = body.hasPrefix("-")
        if negative { body.removeFirst() }
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : 18),
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let value = Int64(groups.joined())
        else { return nil }
        return negative ? -value : value
    }

    /// The number as the form shows it: `1.250.000`.
    public static func numberText(_ value: Int64) -> String {
        NumberText.grouped(value, .id)
    }

    /// `07/12/2026`, `7/12/2026`, `7 Desember 2026`, `7 Des 2026`, `7 December 2026`, `2026-12-07`
    /// → the day; nil for anything else or a day that does not exist.
    public static func date(_ text: String) -> CalendarDay? {
        let body = text.trimmingCharacters(in: .whitespaces)
        let slashed = body.split(separator: "/", omittingEmptySubsequences: false)
        if slashed.count == 3 { return day(slashed[2], slashed[1], slashed[0]) }
        let dashed = body.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4 { return day(dashed[0], dashed[1], dashed[2]) }
        let words = body.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 3, let month = month(String(words[1])) else { return nil }
        return day(words[2], Substring(String(month)), words[0])
    }

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

    /// The month numbered by its name or short name, Indonesian or English, any case.
    static func month(_ name: String) -> Int? {
        let wanted = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        for month in 1...12 {
            let names = Language.allCases.flatMap {
                [DateText.monthName(month, $0), DateText.shortMonthName(month, $0)]
            }
            if names.contains(where: { $0.lowercased() == wanted }) { return month }
        }
        return nil
    }

    static func day(_ year: Substring, _ month: Substring, _ day: Substring) -> CalendarDay? {
        guard year.count == 4, (1...2).contains(month.count), (1...2).contains(day.count),
            let year = digits(year), let month = digits(month), let day = digits(day)
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
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
