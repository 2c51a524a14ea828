/// Indonesia's national holidays (hari libur nasional) and collective leave days (cuti bersama)
/// for the years the demo spans, built in as data so the demo is the same on every machine.
///
/// 2024–2026 follow the joint decrees of the three ministers (SKB 3 Menteri) for those years,
/// including the extra leave day of 18 August 2025. The decree for 2027 was not out when this list
/// was written: its dates are the expected ones (lunar and lunisolar holidays may move by a day)
/// and it has no cuti bersama yet. Keep this list, not the code, up to date.
public enum NationalHolidays {
    /// The years the list covers fully; outside them only weekends are days off.
    public static let years = 2024...2027
    /// Earlier years in which the demo's older innovations started: only the holidays on a fixed
    /// date are listed for them (New Year, Labour Day, Pancasila, Independence Day, Christmas).
    public static let fixedDateYears = 2018...2023

    /// One day off: its date and its name as the decree writes it.
    public struct Holiday: Sendable, Hashable {
        /// The day.
        public let day: CalendarDay
        /// Its name in Bahasa Indonesia, the decree's own words.
        public let name: String
        /// A collective leave day (cuti bersama) rather than a holiday proper.
        public let isCollectiveLeave: Bool

        /// A day off as a holiday file (``HolidayCalendar``) or this list names it.
        public init(day: CalendarDay, name: String, isCollectiveLeave: Bool) {
            self.day = day
            self.name = name
            self.isCollectiveLeave = isCollectiveLeave
        }
    }

    /// Every day off of ``years``, in date order.
    public static let all: [Holiday] =
        (holidays.map { ($0, false) } + fixedDateHolidays.map { ($0, false) } + collectiveLeave.map { ($0, true) })
        .compactMap { entry, leave in
            CalendarDay(iso: entry.0).map { Holiday(day: $0, name: entry.1, isCollectiveLeave: leave) }
        }
        .sorted { $0.day < $1.day }

    /// The day numbers (days since 1970-01-01) of ``all``, for the demo's plain day arithmetic.
    public static let dayNumbers: Set<Int> = Set(all.map { CivilDays.number(of: $0.day) })

    /// The holiday on `day`, if it is one.
    public static func holiday(on day: CalendarDay) -> Holiday? {
        all.first { $0.day == day }
    }

    private static let holidays: [(String, String)] = [
        ("2024-01-01", "Tahun Baru Masehi"), ("2024-02-08", "Isra Mikraj Nabi Muhammad SAW"),
        ("2024-02-10", "Tahun Baru Imlek"), ("2024-03-11", "Hari Suci Nyepi"), ("2024-03-29", "Wafat Isa Almasih"),
        ("2024-03-31", "Hari Paskah"), ("2024-04-10", "Idul Fitri"), ("2024-04-11", "Idul Fitri"),
        ("2024-05-01", "Hari Buruh Internasional"), ("2024-05-09", "Kenaikan Isa Almasih"),
        ("2024-05-23", "Hari Raya Waisak"), ("2024-06-01", "Hari Lahir Pancasila"), ("2024-06-17", "Idul Adha"),
        ("2024-07-07", "Tahun Baru Islam"), ("2024-08-17", "Hari Kemerdekaan RI"),
        ("2024-09-16", "Maulid Nabi Muhammad SAW"), ("2024-12-25", "Hari Raya Natal"),
        ("2025-01-01", "Tahun Baru Masehi"), ("2025-01-27", "Isra Mikraj Nabi Muhammad SAW"),
        ("2025-01-29", "Tahun Baru Imlek"), ("2025-03-29", "Hari Suci Nyepi"), ("2025-03-31", "Idul Fitri"),
        ("2025-04-01", "Idul Fitri"), ("2025-04-18", "Wafat Isa Almasih"), ("2025-04-20", "Hari Paskah"),
        ("2025-05-01", "Hari Buruh Internasional"), ("2025-05-12", "Hari Raya Waisak"),
        ("2025-05-29", "Kenaikan Isa Almasih"), ("2025-06-01", "Hari Lahir Pancasila"), ("2025-06-06", "Idul Adha"),
        ("2025-06-27", "Tahun Baru Islam"), ("2025-08-17", "Hari Kemerdekaan RI"),
        ("2025-09-05", "Maulid Nabi Muhammad SAW"), ("2025-12-25", "Hari Raya Natal"),
        ("2026-01-01", "Tahun Baru Masehi"), ("2026-01-16", "Isra Mikraj Nabi Muhammad SAW"),
        ("2026-02-17", "Tahun Baru Imlek"), ("2026-03-19", "Hari Suci Nyepi"), ("2026-03-21", "Idul Fitri"),
        ("2026-03-22", "Idul Fitri"), ("2026-04-03", "Wafat Yesus Kristus"), ("2026-04-05", "Hari Paskah"),
        ("2026-05-01", "Hari Buruh Internasional"), ("2026-05-14", "Kenaikan Yesus Kristus"),
        ("2026-05-27", "Idul Adha"), ("2026-05-31", "Hari Raya Waisak"), ("2026-06-01", "Hari Lahir Pancasila"),
        ("2026-06-16", "Tahun Baru Islam"), ("2026-08-17", "Hari Kemerdekaan RI"),
        ("2026-08-25", "Maulid Nabi Muhammad SAW"), ("2026-12-25", "Hari Raya Natal"),
        ("2027-01-01", "Tahun Baru Masehi"), ("2027-01-05", "Isra Mikraj Nabi Muhammad SAW"),
        ("2027-02-06", "Tahun Baru Imlek"), ("2027-03-08", "Hari Suci Nyepi"), ("2027-03-10", "Idul Fitri"),
        ("2027-03-11", "Idul Fitri"), ("2027-03-26", "Wafat Yesus Kristus"), ("2027-03-28", "Hari Paskah"),
        ("2027-05-01", "Hari Buruh Internasional"), ("2027-05-06", "Kenaikan Yesus Kristus"),
        ("2027-05-17", "Idul Adha"), ("2027-05-20", "Hari Raya Waisak"), ("2027-06-01", "Hari Lahir Pancasila"),
        ("2027-06-06", "Tahun Baru Islam"), ("2027-08-15", "Maulid Nabi Muhammad SAW"),
        ("2027-08-17", "Hari Kemerdekaan RI"), ("2027-12-25", "Hari Raya Natal"),
    ]

    private static let fixedDateHolidays: [(String, String)] = fixedDateYears.flatMap { year in
        [
            ("\(year)-01-01", "Tahun Baru Masehi"), ("\(year)-05-01", "Hari Buruh Internasional"),
            ("\(year)-06-01", "Hari Lahir Pancasila"), ("\(year)-08-17", "Hari Kemerdekaan RI"),
            ("\(year)-12-25", "Hari Raya Natal"),
        ]
    }

    private static let collectiveLeave: [(String, String)] = [
        ("2024-02-09", "Cuti bersama Imlek"), ("2024-03-12", "Cuti bersama Nyepi"),
        ("2024-04-08", "Cuti bersama Idul Fitri"), ("2024-04-09", "Cuti bersama Idul Fitri"),
        ("2024-04-12", "Cuti bersama Idul Fitri"), ("2024-04-15", "Cuti bersama Idul Fitri"),
        ("2024-05-10", "Cuti bersama Kenaikan Isa Almasih"), ("2024-05-24", "Cuti bersama Waisak"),
        ("2024-06-18", "Cuti bersama Idul Adha"), ("2024-12-26", "Cuti bersama Natal"),
        ("2025-01-28", "Cuti bersama Imlek"), ("2025-03-28", "Cuti bersama Nyepi"),
        ("2025-04-02", "Cuti bersama Idul Fitri"), ("2025-04-03", "Cuti bersama Idul Fitri"),
        ("2025-04-04", "Cuti bersama Idul Fitri"), ("2025-04-07", "Cuti bersama Idul Fitri"),
        ("2025-05-13", "Cuti bersama Waisak"), ("2025-05-30", "Cuti bersama Kenaikan Isa Almasih"),
        ("2025-06-09", "Cuti bersama Idul Adha"), ("2025-08-18", "Cuti bersama Hari Kemerdekaan RI"),
        ("2025-12-26", "Cuti bersama Natal"),
        ("2026-02-16", "Cuti bersama Imlek"), ("2026-03-18", "Cuti bersama Nyepi"),
        ("2026-03-20", "Cuti bersama Idul Fitri"), ("2026-03-23", "Cuti bersama Idul Fitri"),
        ("2026-03-24", "Cuti bersama Idul Fitri"), ("2026-05-15", "Cuti bersama Kenaikan Yesus Kristus"),
        ("2026-05-28", "Cuti bersama Idul Adha"), ("2026-12-24", "Cuti bersama Natal"),
    ]
}

/// Day numbers of the proleptic Gregorian calendar (days since 1970-01-01), without Foundation's
/// `Calendar`: the demo dates 100 000 proposals with them.
public enum CivilDays {
    /// Days since 1970-01-01 of `day` (negative before it).
    public static func number(of day: CalendarDay) -> Int {
        let year = day.month <= 2 ? day.year - 1 : day.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let shiftedMonth = day.month > 2 ? day.month - 3 : day.month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Instants (seconds since 1970) between which ``CalendarDay/init(containing:in:)`` computes
    /// the day itself: 1 January 1900 to 1 January 9000, far from the Julian calendar and year 9999.
    static let fastFrom = -2_208_988_800.0
    static let fastUntil = 221_845_392_000.0

    /// The day of a day number (the inverse of ``number(of:)``).
    public static func day(ofNumber number: Int) -> CalendarDay {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDay(valid: year, month, day)
    }

    /// ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday).
    public static func isoWeekday(of number: Int) -> Int {
        ((number + 3) % 7 + 7) % 7 + 1
    }
}
