import InovasiCore
import Testing

/// Weeks from Monday, numbered as ISO 8601, across year edges and leap years.
@Suite("Calendar: ISO weeks")
struct ISOWeekTests {
    static func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(iso: text)) }

    @Test func weeksRunMondayToSundayAcrossYearEdges() throws {
        let wednesday = try Self.day("2026-12-02")
        #expect(ISOWeek.monday(of: wednesday) == (try Self.day("2026-11-30")))
        #expect(ISOWeek.parse("this", today: wednesday)?.0 == (try Self.day("2026-11-30")))
        #expect(ISOWeek.parse("next", today: wednesday)?.1 == (try Self.day("2026-12-13")))
        #expect(ISOWeek.parse("next", today: try Self.day("2026-12-30"))?.0 == (try Self.day("2027-01-04")))
        #expect(ISOWeek.parse("2026-W53", today: wednesday)?.0 == (try Self.day("2026-12-28")))
        #expect(ISOWeek.parse("2027-W01", today: wednesday)?.0 == (try Self.day("2027-01-04")))
        #expect(ISOWeek.parse("2025-W01", today: wednesday)?.0 == (try Self.day("2024-12-30")))
        #expect(ISOWeek.parse("2024-W09", today: wednesday)?.1 == (try Self.day("2024-03-03")))
        #expect(ISOWeek.parse("2027-W53", today: wednesday) == nil)
        #expect(ISOWeek.parse("2026-W00", today: wednesday) == nil)
        #expect(ISOWeek.parse("pekan depan", today: wednesday) == nil)
        #expect(ISOWeek.name(of: try Self.day("2027-01-01")) == "2026-W53")
        #expect(ISOWeek.name(of: try Self.day("2024-12-31")) == "2025-W01")
    }
}
