import Foundation

/// Times in the file: UTC text `yyyy-MM-dd HH:mm:ss.SSS`, the format GRDB and SQLite's date
/// functions read, written by hand because a formatter per row would dominate a 100 000-row import.
///
/// Text of this fixed shape sorts like the times it names, so SQL compares it directly.
enum StoredTime {
    /// The first and last millisecond the four-digit year of the format can hold.
    private static let earliest = daysFromCivil(year: 0, month: 1, day: 1) * 86_400_000
    private static let latest = daysFromCivil(year: 10_000, month: 1, day: 1) * 86_400_000 - 1

    /// The stored text of `date`, truncated to the millisecond; a date beyond years 0–9999 is
    /// held at the nearest end, so every stored time reads back.
    static func text(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let raw = seconds.isFinite ? (seconds * 1000).rounded(.down) : 0
        let millis = raw <= Double(earliest) ? earliest : raw >= Double(latest) ? latest : Int64(raw)
        let days = floorDiv(millis, 86_400_000)
        let inDay = millis - days * 86_400_000
        let (year, month, day) = civil(fromDays: days)
        var bytes = [UInt8](repeating: 0, count: 23)
        put(year, width: 4, at: 0, in: &bytes)
        bytes[4] = 45
        put(month, width: 2, at: 5, in: &bytes)
        bytes[7] = 45
        put(day, width: 2, at: 8, in: &bytes)
        bytes[10] = 32
        put(inDay / 3_600_000, width: 2, at: 11, in: &bytes)
        bytes[13] = 58
        put(inDay / 60_000 % 60, width: 2, at: 14, in: &bytes)
        bytes[16] = 58
        put(inDay / 1000 % 60, width: 2, at: 17, in: &bytes)
        bytes[19] = 46
        put(inDay % 1000, width: 3, at: 20, in: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `value` as `width` decimal digits with leading zeros.
    private static func put(_ value: Int64, width: Int, at start: Int, in bytes: inout [UInt8]) {
        var rest = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
            bytes[index] = UInt8(48 + rest % 10)
            rest /= 10
        }
    }

    /// The date of stored text; nil when the text is not of the stored shape.
    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 23, bytes[4] == 45, bytes[7] == 45, bytes[10] == 32, bytes[13] == 58,
            bytes[16] == 58, bytes[19] == 46
        else { return nil }
        guard let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            let milli = number(bytes, 20, 3), (1...12).contains(month), (1...31).contains(day), hour < 24,
            minute < 60, second < 61
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let millis = days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + milli
        return Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int64? {
        var value: Int64 = 0
        for byte in bytes[start..<(start + count)] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - 48)
        }
        return value
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    /// Year, month, day of a count of days since 1970-01-01 (proleptic Gregorian).
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDiv(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
