import Foundation

/// Dates and times as people in each language write them: `Senin, 7 Desember 2026`, `09.00 WIB`;
/// `Monday, 7 December 2026`, `09:00 WIB`.
///
/// The names are written out here rather than taken from `DateFormatter`, so the words never
/// depend on the locale data a machine happens to have.
public enum DateText {
    /// Weekday, day, month and year: `Senin, 7 Desember 2026`.
    public static func long(_ date: Date, in zone: TimeZone, _ language: Language) -> String {
        long(CalendarDay(containing: date, in: zone), language)
    }

    /// Weekday, day, month and year of a calendar day: `Senin, 7 Desember 2026`.
    public static func long(_ day: CalendarDay, _ language: Language) -> String {
        "\(weekdayName(day.weekday, language)), \(day.day) \(monthName(day.month, language)) \(day.year)"
    }

    /// Day, short month and year, for narrow columns: `7 Des 2026`.
    public static func medium(_ date: Date, in zone: TimeZone, _ language: Language) -> String {
        let day = CalendarDay(containing: date, in: zone)
        return "\(day.day) \(shortMonthName(day.month, language)) \(day.year)"
    }

    /// Month and year, for a calendar title: `Desember 2026`.
    public static func monthYear(_ day: CalendarDay, _ language: Language) -> String {
        "\(monthName(day.month, language)) \(day.year)"
    }

    /// Hours and minutes on a 24-hour clock: `09.00` (id, as KBBI writes it), `09:00` (en).
    public static func time(_ date: Date, in zone: TimeZone, _ language: Language) -> String {
        let parts = CalendarDay.calendar(zone).dateComponents([.hour, .minute], from: date)
        let separator = Self.timeSeparator.text(language)
        return String(format: "%02d%@%02d", parts.hour ?? 0, separator, parts.minute ?? 0)
    }

    /// The zone as people in Indonesia say it (WIB, WITA, WIT), otherwise as an offset `UTC+05:30`.
    public static func zoneName(_ zone: TimeZone, at date: Date) -> String {
        switch zone.identifier {
        case "Asia/Jakarta", "Asia/Pontianak": return "WIB"
        case "Asia/Makassar": return "WITA"
        case "Asia/Jayapura": return "WIT"
        default: break
        }
        let seconds = zone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "UTC%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }

    /// Name of a weekday, 1 = Sunday … 7 = Saturday.
    public static func weekdayName(_ weekday: Int, _ language: Language) -> String {
        weekdays[(weekday - 1 + 7 * 100) % 7].text(language)
    }

    /// Name of a month, 1 = January.
    public static func monthName(_ month: Int, _ language: Language) -> String {
        months[(month - 1 + 12 * 100) % 12].text(language)
    }

    /// Three-letter name of a month, 1 = January: `Agu` (id), `Aug` (en).
    public static func shortMonthName(_ month: Int, _ language: Language) -> String {
        shortMonths[(month - 1 + 12 * 100) % 12].text(language)
    }

    /// Between hours and minutes: a dot as KBBI writes it, a colon in English.
    static let timeSeparator = Localized(id: ".", en: ":")
    /// Weekday names, Sunday first.
    static let weekdays: [Localized] = [
        Localized(id: "Minggu", en: "Sunday"),
        Localized(id: "Senin", en: "Monday"),
        Localized(id: "Selasa", en: "Tuesday"),
        Localized(id: "Rabu", en: "Wednesday"),
        Localized(id: "Kamis", en: "Thursday"),
        Localized(id: "Jumat", en: "Friday"),
        Localized(id: "Sabtu", en: "Saturday"),
    ]
    /// Month names, January first.
    static let months: [Localized] = [
        Localized(id: "Januari", en: "January"),
        Localized(id: "Februari", en: "February"),
        Localized(id: "Maret", en: "March"),
        Localized(id: "April", en: "April"),
        Localized(id: "Mei", en: "May"),
        Localized(id: "Juni", en: "June"),
        Localized(id: "Juli", en: "July"),
        Localized(id: "Agustus", en: "August"),
        Localized(id: "September", en: "September"),
        Localized(id: "Oktober", en: "October"),
        Localized(id: "November", en: "November"),
        Localized(id: "Desember", en: "December"),
    ]
    /// Three-letter month names, January first.
    static let shortMonths: [Localized] = [
        Localized(id: "Jan", en: "Jan"),
        Localized(id: "Feb", en: "Feb"),
        Localized(id: "Mar", en: "Mar"),
        Localized(id: "Apr", en: "Apr"),
        Localized(id: "Mei", en: "May"),
        Localized(id: "Jun", en: "Jun"),
        Localized(id: "Jul", en: "Jul"),
        Localized(id: "Agu", en: "Aug"),
        Localized(id: "Sep", en: "Sep"),
        Localized(id: "Okt", en: "Oct"),
        Localized(id: "Nov", en: "Nov"),
        Localized(id: "Des", en: "Dec"),
    ]
}
