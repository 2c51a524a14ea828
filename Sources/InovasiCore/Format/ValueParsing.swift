import Foundation

/// Reads numbers and dates the ways people write them in Indonesia, for every reader of typed or
/// imported values (the form kit's fields and the spreadsheet import), so both accept the same.
public enum ValueParsing {
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

    /// The month numbered by its name or short name, Indonesian or English, any case.
    public static func month(_ name: String) -> Int? {
        let wanted = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        for month in 1...12 {
            let names = Language.allCases.flatMap {
                [DateText.monthName(month, $0), DateText.shortMonthName(month, $0)]
            }
            if names.contains(where: { $0.lowercased() == wanted }) { return month }
        }
        return nil
    }

    /// The day of a four-digit year, a one- or two-digit month and day; nil when it does not exist.
    public static func day(_ year: Substring, _ month: Substring, _ day: Substring) -> CalendarDay? {
        guard year.count == 4, (1...2).contains(month.count), (1...2).contains(day.count),
            let year = digits(year), let month = digits(month), let day = digits(day)
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// ASCII digits only → their value; nil for an empty text or anything else.
    public static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
