import Foundation
import InovasiCore
import Testing

/// Weeks from Monday across month and year ends, leap years, and the day a time falls on in the zone.
@Suite("Calendar weeks")
struct CalendarWeekTests {
    func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)
            ?? CalendarDay(containing: Date(timeIntervalSince1970: 0), in: .gmt)
    }

    @Test("a week starts on Monday; a Sunday belongs to the week before it")
    func mondayFirst() {
        let week = CalendarWeek(containing: day(2026, 12, 9))
        #expect(week.monday == day(2026, 12, 7))
        #expect(week.sunday == day(2026, 12, 13))
        #expect(CalendarWeek(containing: day(2026, 12, 13)).monday == day(2026, 12, 7))
        #expect(CalendarWeek(containing: day(2026, 12, 14)).monday == day(2026, 12, 14))
        #expect(week.days.map(\.isoWeekday) == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test("a week crosses a month's and a year's end")
    func edges() {
        let newYear = CalendarWeek(containing: day(2027, 1, 1))
        #expect(newYear.monday == day(2026, 12, 28))
        #expect(newYear.sunday == day(2027, 1, 3))
        #expect(newYear.contains(day(2026, 12, 31)) && newYear.contains(day(2027, 1, 3)))
        #expect(!newYear.contains(day(2027, 1, 4)))
        #expect(CalendarWeek(containing: day(2026, 6, 1)).monday == day(2026, 6, 1))
        #expect(CalendarWeek(containing: day(2026, 7, 1)).monday == day(2026, 6, 29))
        #expect(newYear.adding(weeks: 1).monday == day(2027, 1, 4))
        #expect(newYear.adding(weeks: -1).monday == day(2026, 12, 21))
    }

    @Test("leap years: 29 February 2028 is in its week, 2100 has none")
    func leapYears() {
        let week = CalendarWeek(containing: day(2028, 2, 29))
        #expect(week.monday == day(2028, 2, 28))
        #expect(week.days[1] == day(2028, 2, 29))
        #expect(week.days[2] == day(2028, 3, 1))
        #expect(CalendarWeek(containing: day(2027, 3, 1)).monday == day(2027, 3, 1))
        #expect(CalendarWeek(containing: day(2027, 2, 28)).sunday == day(2027, 2, 28))
        #expect(CalendarWeek(containing: day(2027, 2, 28)).adding(weeks: 1).monday == day(2027, 3, 1))
        #expect(CalendarDay(year: 2100, month: 2, day: 29) == nil)
        #expect(CalendarWeek(containing: day(2100, 3, 1)).monday == day(2100, 3, 1))
    }

    @Test("the zone decides the day, and so the week, a time falls in")
    func zone() throws {
        let wib = try #require(TimeZone(identifier: "Asia/Jakarta"))
        // Sunday 13 December 2026 18:30 UTC is Monday 14 December 01:30 WIB.
        let instant = Date(timeIntervalSince1970: 1_797_186_600)
        #expect(CalendarWeek(containing: CalendarDay(containing: instant, in: .gmt)).monday == day(2026, 12, 7))
        #expect(CalendarWeek(containing: CalendarDay(containing: instant, in: wib)).monday == day(2026, 12, 14))
    }
}
