import Foundation

/// Day arithmetic in the display zone (WIB by default) without a `Calendar` per call.
///
/// Proposals are made 100 000 at a time, so their dates use plain arithmetic on a fixed offset;
/// Indonesian zones have no daylight saving, so one offset taken at `now` holds for every date.
struct DemoClock: Sendable {
    static let secondsPerDay = 86_400

    let now: Date
    let zone: TimeZone
    /// Seconds east of UTC of the display zone.
    let offset: Int
    /// Local day number (days since 1970-01-01 in the zone) of `now`.
    let today: Int

    /// Whether each day from ``firstFlaggedDay`` on is a working day: looked up once here, so
    /// dating 100 000 proposals reads an array instead of the holiday set.
    private let workdayFlags: [Bool]
    /// The day number of `workdayFlags[0]`, about eleven years before `now`.
    private let firstFlaggedDay: Int

    init(now: Date, zone: TimeZone) {
        self.now = now
        self.zone = zone
        offset = zone.secondsFromGMT(for: now)
        today = Self.dayNumber(of: now, offset: offset)
        firstFlaggedDay = today - 4_000
        workdayFlags = (firstFlaggedDay..<(today + 800)).map { OfficeHours.isWorkingDay(number: $0) }
    }

    private static func dayNumber(of date: Date, offset: Int) -> Int {
        let local = Int((date.timeIntervalSince1970).rounded(.down)) + offset
        return local >= 0 ? local / secondsPerDay : (local - secondsPerDay + 1) / secondsPerDay
    }

    /// Local day number of `date`.
    func dayNumber(of date: Date) -> Int {
        Self.dayNumber(of: date, offset: offset)
    }

    /// Midnight (local) of day number `day`, as an instant.
    func start(ofDay day: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day * Self.secondsPerDay - offset))
    }

    /// Midnight (local) of the day `date` falls on: the form calendar-day fields are stored in.
    func startOfDay(_ date: Date) -> Date {
        start(ofDay: dayNumber(of: date))
    }

    /// The instant `minutes` after local midnight of day number `day`.
    func instant(day: Int, minutes: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day * Self.secondsPerDay - offset + minutes * 60))
    }

    /// ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday).
    func weekday(ofDay day: Int) -> Int {
        let mondayBased = ((day + 3) % 7 + 7) % 7
        return mondayBased + 1
    }

    /// Whether the day is a working day: Monday to Friday, not a national holiday or cuti bersama
    /// (``OfficeHours``).
    func isWorkday(_ day: Int) -> Bool {
        let index = day - firstFlaggedDay
        return workdayFlags.indices.contains(index) ? workdayFlags[index] : OfficeHours.isWorkingDay(number: day)
    }

    /// The first working day on or after `day`.
    func workday(onOrAfter day: Int) -> Int {
        var current = day
        while !isWorkday(current) { current += 1 }
        return current
    }

    /// The last working day on or before `day`.
    func workday(onOrBefore day: Int) -> Int {
        var current = day
        while !isWorkday(current) { current -= 1 }
        return current
    }

    /// The first working minute at or after `minute` of `day` (the next working day's opening
    /// when the day has none left), as day number and minute after midnight; the spans are
    /// ``OfficeHours/windows(dayNumber:)``'s, written out so no array is made per call.
    func working(atOrAfter day: Int, minute: Int) -> (day: Int, minute: Int) {
        var current = day
        var wanted = minute
        while true {
            if isWorkday(current) {
                let friday = weekday(ofDay: current) == 5
                var found = max(wanted, OfficeHours.opens)
                if friday, OfficeHours.fridayPrayer.contains(found) { found = OfficeHours.fridayPrayer.upperBound }
                if found < (friday ? OfficeHours.closesFriday : OfficeHours.closes) { return (current, found) }
            }
            current += 1
            wanted = 0
        }
    }

    /// The last working minute at or before `minute` of `day` (an earlier working day's closing
    /// when the day has none before it).
    func working(atOrBefore day: Int, minute: Int) -> (day: Int, minute: Int) {
        var current = day
        var wanted = minute
        while true {
            if isWorkday(current) {
                let friday = weekday(ofDay: current) == 5
                var found = min(wanted, (friday ? OfficeHours.closesFriday : OfficeHours.closes) - 1)
                if friday, OfficeHours.fridayPrayer.contains(found) { found = OfficeHours.fridayPrayer.lowerBound - 1 }
                if found >= OfficeHours.opens { return (current, found) }
            }
            current -= 1
            wanted = 24 * 60
        }
    }

    /// The last working instant, to the minute, at or before `date`.
    func workingInstant(atOrBefore date: Date) -> Date {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let day = Self.dayNumber(of: date, offset: offset)
        let found = working(atOrBefore: day, minute: (seconds - day * Self.secondsPerDay) / 60)
        return instant(day: found.day, minutes: found.minute)
    }

    /// Day number of the first day of the month `monthOffset` months from the month of `now`.
    func firstDayOfMonth(offsetBy monthOffset: Int) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month], from: now)
        let first = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: 1))
        let moved = first.flatMap { calendar.date(byAdding: .month, value: monthOffset, to: $0) }
        return dayNumber(of: moved ?? now)
    }
}
