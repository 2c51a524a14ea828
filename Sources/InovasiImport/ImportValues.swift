import InovasiCore

/// Reads cell values the ways the offices write them; each returns nil when a value is not one.
public enum ImportValues {
    /// `1.250.000`, `Rp 1.250.000`, `1250000` → rupiah; nil for a negative amount or anything else.
    public static func amount(_ text: String) -> Int64? {
        guard let value = ValueParsing.number(text), value >= 0 else { return nil }
        return value
    }

    /// `07/12/2026`, `7/12/2026`, `7 Desember 2026`, `2026-12-07` → the day (xlsx date cells arrive
    /// as `2026-12-07`); nil for anything else or a day that does not exist.
    public static func date(_ text: String) -> CalendarDay? { ValueParsing.date(text) }

    /// A list in one cell, its items separated by `;` or `|`, trimmed, blanks dropped, and an item
    /// written twice (ignoring case) kept once.
    public static func list(_ text: String) -> [String] {
        var seen = Set<String>()
        var items: [String] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
            let item = part.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !item.isEmpty, seen.insert(item.lowercased()).inserted else { continue }
            items.append(item)
        }
        return items
    }

    /// The day of an Excel date serial (the 1900 date system every current spreadsheet writes):
    /// 1 is 1 January 1900, and 60 is Excel's 29 February 1900, a day that never was, so later
    /// serials count from 30 December 1899. The fraction (the time of day) is dropped.
    public static func excelSerialDay(_ serial: Double) -> CalendarDay? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        guard let base = CalendarDay(year: 1899, month: 12, day: whole < 60 ? 31 : 30), whole != 60 else {
            return nil
        }
        return base.adding(days: whole)
    }
}
