import Foundation
import Testing

@testable import InovasiCore

/// `CalendarDay(containing:in:)` and `adding(days:)` compute days by arithmetic on the zone's offset
/// (a calendar places thousands of sessions per frame): they must agree with Foundation's calendar.
@Suite("Calendar: days by arithmetic agree with Foundation")
struct CalendarDayArithmeticTests {
    static let zones = ["Asia/Jakarta", "Asia/Jayapura", "Europe/Berlin", "America/St_Johns", "Pacific/Kiritimati"]

    private func foundationDay(_ date: Date, _ zone: TimeZone) -> CalendarDay? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    @Test("the day of an instant, around midnights, month and year ends, leap days and DST", arguments: zones)
    func dayOfInstant(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        var seconds = -2_208_988_800.0  // 1900-01-01
        var checked = 0
        while seconds < 4_102_444_800 {  // 2100-01-01
            for offset in [-1.0, 0, 1, 1_799, 43_200] {
                let date = Date(timeIntervalSince1970: seconds + offset)
                #expect(CalendarDay(containing: date, in: zone) == foundationDay(date, zone), "\(date)")
                checked += 1
            }
            seconds += 86_400 * 3.0 + 3_600 * 7 + 59
        }
        #expect(checked > 10_000)
    }

    @Test("day numbers and days are each other's inverse; adding days crosses years and leap days")
    func dayNumbers() throws {
        for number in stride(from: -25_567, through: 47_482, by: 1) {
            #expect(CivilDays.number(of: CivilDays.day(ofNumber: number)) == number)
        }
        #expect(CivilDays.day(ofNumber: 0) == CalendarDay(year: 1970, month: 1, day: 1))
        let leap = try #require(CalendarDay(iso: "2028-02-28"))
        #expect(leap.adding(days: 1) == CalendarDay(iso: "2028-02-29"))
        #expect(leap.adding(days: 2) == CalendarDay(iso: "2028-03-01"))
        #expect(try #require(CalendarDay(iso: "2026-12-31")).adding(days: 1) == CalendarDay(iso: "2027-01-01"))
        #expect(try #require(CalendarDay(iso: "2100-03-01")).adding(days: -1) == CalendarDay(iso: "2100-02-28"))
        #expect(try #require(CalendarDay(iso: "1582-10-15")).adding(days: -1) == CalendarDay(iso: "1582-10-04"))
    }
}
