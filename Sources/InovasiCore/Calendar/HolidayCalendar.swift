import Foundation

/// The days off the session warnings check: the office's own `holidays.yaml` when it has one
/// (it replaces the shipped list whole), else the shipped list of ``NationalHolidays``.
public struct HolidayCalendar: Sendable, Hashable {
    /// One day off and whether its date is confirmed.
    public struct Entry: Sendable, Hashable {
        /// The day and its name.
        public var holiday: NationalHolidays.Holiday
        /// The date is the expected one, not yet checked against the SKB tiga menteri (lunar
        /// holidays may move by a day): a form can say so beside the warning.
        public var unverified: Bool

        /// An entry as the file or the shipped list gives it.
        public init(holiday: NationalHolidays.Holiday, unverified: Bool = false) {
            self.holiday = holiday
            self.unverified = unverified
        }
    }

    /// Every day off, in date order.
    public let entries: [Entry]
    private let byDay: [CalendarDay: Entry]

    /// A calendar of `entries`; for a day listed twice the first entry counts.
    public init(_ entries: [Entry]) {
        self.entries = entries.sorted { $0.holiday.day < $1.holiday.day }
        byDay = Dictionary(entries.map { ($0.holiday.day, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The built-in list: the SKB dates up to 2026; 2027's movable holidays are marked unverified
    /// (its decree was not out when the list was written), its fixed-date ones are set by law.
    public static let shipped = HolidayCalendar(
        NationalHolidays.all.map { holiday in
            Entry(holiday: holiday, unverified: holiday.day.year >= 2027 && !fixedDates.contains(holiday.day.monthDay))
        })

    /// New Year, Labour Day, Pancasila, Independence Day, Christmas: dates fixed by law.
    static let fixedDates: Set<String> = ["01-01", "05-01", "06-01", "08-17", "12-25"]

    /// Two calendars are the same when they list the same days; the index follows from them.
    public static func == (lhs: HolidayCalendar, rhs: HolidayCalendar) -> Bool { lhs.entries == rhs.entries }

    /// Hashes the listed days only, as `==` compares them.
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// The day off on `day`, if it is one.
    public func holiday(on day: CalendarDay) -> NationalHolidays.Holiday? { byDay[day]?.holiday }

    /// Whether `day` is listed with a date not yet confirmed.
    public func isUnverified(_ day: CalendarDay) -> Bool { byDay[day]?.unverified ?? false }
}

extension CalendarDay {
    /// `MM-DD`, to compare days across years.
    var monthDay: String { String(format: "%02d-%02d", month, day) }
}
