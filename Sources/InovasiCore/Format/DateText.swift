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
        let separator = language == .id ? "." : ":"
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
        let names = language == .id ? weekdaysID : weekdaysEN
        return names[(weekday - 1 + 7 * 100) % 7]
    }

    /// Name of a month, 1 = January.
    public static func monthName(_ month: Int, _ language: Language) -> String {
        let names = language == .id ? monthsID : monthsEN
        return names[(month - 1 + 12 * 100) % 12]
    }

    /// Three-letter name of a month, 1 = January: `Agu` (id), `Aug` (en).
    public static func shortMonthName(_ month: Int, _ language: Language) -> String {
        let names = language == .id ? shortMonthsID : shortMonthsEN
        return names[(month - 1 + 12 * 100) % 12]
    }

    static let weekdaysID = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
    static let weekdaysEN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthsID = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember",
    ]
    static let monthsEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let shortMonthsID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    static let shortMonthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
