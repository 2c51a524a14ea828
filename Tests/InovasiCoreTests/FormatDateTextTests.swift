import Foundation
import InovasiCore
import Testing

@Suite("DateText and CalendarDay")
struct FormatDateTextTests {
    let wib = TimeZone(identifier: "Asia/Jakarta") ?? .gmt

    /// 2026-12-07 02:30 UTC is Monday 09:30 in WIB.
    var mondayMorning: Date { Date(timeIntervalSince1970: 1_796_610_600) }

    @Test("writes the long date in both languages")
    func longDate() {
        #expect(DateText.long(mondayMorning, in: wib, .id) == "Senin, 7 Desember 2026")
        #expect(DateText.long(mondayMorning, in: wib, .en) == "Monday, 7 December 2026")
    }

    @Test("uses the display zone, not UTC, to decide the day")
    func zoneDecidesDay() throws {
        // 2026-12-06 20:00 UTC is already Monday 03:00 in WIB, still Sunday in UTC.
        let lateUTC = Date(timeIntervalSince1970: 1_796_587_200)
        #expect(DateText.long(lateUTC, in: wib, .id) == "Senin, 7 Desember 2026")
        #expect(DateText.long(lateUTC, in: .gmt, .id) == "Minggu, 6 Desember 2026")
    }

    @Test("writes time with a dot in Bahasa Indonesia and a colon in English")
    func time() {
        #expect(DateText.time(mondayMorning, in: wib, .id) == "09.30")
        #expect(DateText.time(mondayMorning, in: wib, .en) == "09:30")
        #expect(DateText.zoneName(wib, at: mondayMorning) == "WIB")
        #expect(DateText.zoneName(TimeZone(identifier: "Asia/Makassar") ?? .gmt, at: mondayMorning) == "WITA")
        #expect(DateText.zoneName(TimeZone(identifier: "Asia/Kolkata") ?? .gmt, at: mondayMorning) == "UTC+05:30")
    }

    @Test("writes medium dates and month titles")
    func mediumAndMonth() throws {
        #expect(DateText.medium(mondayMorning, in: wib, .id) == "7 Des 2026")
        #expect(DateText.medium(mondayMorning, in: wib, .en) == "7 Dec 2026")
        let august = try #require(CalendarDay(year: 2026, month: 8, day: 17))
        #expect(DateText.monthYear(august, .id) == "Agustus 2026")
        #expect(DateText.long(august, .id) == "Senin, 17 Agustus 2026")
    }

    @Test("parses exactly YYYY-MM-DD and refuses impossible days")
    func parsing() throws {
        let day = try #require(CalendarDay(iso: "2024-02-29"))
        #expect(day.year == 2024 && day.month == 2 && day.day == 29)
        #expect(day.description == "2024-02-29")
        for bad in [
            "2026-02-29", "2026-13-01", "2026-1-05", "07-12-2026", "2026/12/07", "2026-12-07x", "", "２０２６-12-07",
        ] {
            #expect(CalendarDay(iso: bad) == nil, "\(bad) should be refused")
        }
    }

    @Test("turns a day into its start in the display zone and walks the calendar")
    func arithmetic() throws {
        let day = try #require(CalendarDay(iso: "2026-12-31"))
        #expect(day.start(in: wib) == Date(timeIntervalSince1970: 1_798_650_000))
        #expect(day.adding(days: 1).description == "2027-01-01")
        #expect(day.adding(days: -365).description == "2025-12-31")
        #expect(try #require(CalendarDay(iso: "2024-02-10")).lastOfMonth.description == "2024-02-29")
        #expect(day.firstOfMonth.description == "2026-12-01")
        #expect(CalendarDay(containing: mondayMorning, in: wib).weekday == 2)
    }
}
