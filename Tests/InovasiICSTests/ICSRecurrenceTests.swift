import Foundation
import Testing

@testable import InovasiICS

@Suite("ICS reader: recurring events")
struct ICSRecurrenceTests {
    typealias T = ICSTestSupport

    static func calendar(_ event: [String]) -> String {
        T.file(
            ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t", "BEGIN:VEVENT"] + event + [
                "END:VEVENT", "END:VCALENDAR",
            ])
    }

    @Test("weekly on Monday and Wednesday, COUNT=5: five occurrences, each with its recurrence id")
    func weeklyCount() throws {
        let text = Self.calendar([
            "UID:mingguan", "SEQUENCE:4", "DTSTART;TZID=Asia/Jakarta:20270104T090000",
            "DTEND;TZID=Asia/Jakarta:20270104T100000", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5", "STATUS:TENTATIVE",
        ])
        let events = try T.read(text)
        #expect(
            events.map(\.start)
                == [(2027, 1, 4), (2027, 1, 6), (2027, 1, 11), (2027, 1, 13), (2027, 1, 18)]
                .map { T.date($0.0, $0.1, $0.2, 9, 0) })
        #expect(events.allSatisfy { $0.uid == "mingguan" && $0.sequence == 4 && $0.status == .tentative })
        #expect(events.allSatisfy { $0.end.timeIntervalSince($0.start) == 3600 && $0.recurrenceID == $0.start })
    }

    @Test("every two weeks UNTIL a UTC time, one EXDATE removed and one occurrence moved by RECURRENCE-ID")
    func weeklyUntilExdate() throws {
        let text = T.file([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t",
            "BEGIN:VEVENT", "UID:dwi", "DTSTART;TZID=Asia/Jakarta:20270105T140000",
            "DTEND;TZID=Asia/Jakarta:20270105T150000", "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270302T070000Z",
            "EXDATE;TZID=Asia/Jakarta:20270202T140000", "SUMMARY:Klinik", "END:VEVENT",
            "BEGIN:VEVENT", "UID:dwi", "RECURRENCE-ID;TZID=Asia/Jakarta:20270119T140000", "SEQUENCE:1",
            "DTSTART;TZID=Asia/Jakarta:20270120T100000", "DTEND;TZID=Asia/Jakarta:20270120T110000",
            "SUMMARY:Klinik (digeser)", "END:VEVENT", "END:VCALENDAR",
        ])
        let events = try T.read(text)
        #expect(
            events.map(\.start) == [
                T.date(2027, 1, 5, 14, 0), T.date(2027, 1, 20, 10, 0), T.date(2027, 2, 16, 14, 0),
                T.date(2027, 3, 2, 14, 0),
            ])
        #expect(events[1].summary == "Klinik (digeser)" && events[1].recurrenceID == T.date(2027, 1, 19, 14, 0))
    }

    @Test("monthly on the first Monday and on the last Friday; BYMONTHDAY=-1 gives each month's last day")
    func monthly() throws {
        let first = try T.read(
            Self.calendar(["UID:m1", "DTSTART:20270104T020000Z", "RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=3"]))
        #expect(first.map(\.start) == [T.date(2027, 1, 4, 9, 0), T.date(2027, 2, 1, 9, 0), T.date(2027, 3, 1, 9, 0)])
        let last = try T.read(
            Self.calendar([
                "UID:m2", "DTSTART;TZID=Asia/Jakarta:20270129T130000", "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3",
            ]))
        #expect(
            last.map(\.start) == [T.date(2027, 1, 29, 13, 0), T.date(2027, 2, 26, 13, 0), T.date(2027, 3, 26, 13, 0)])
        let ends = try T.read(
            Self.calendar(["UID:m3", "DTSTART;VALUE=DATE:20280131", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3"]),
            from: T.date(2028, 1, 1), to: T.date(2029, 1, 1))
        #expect(ends.map(\.start) == [T.date(2028, 1, 31), T.date(2028, 2, 29), T.date(2028, 3, 31)])
    }

    @Test("daily with INTERVAL, yearly on 29 February (leap years only), and only the window's part of a long series")
    func dailyYearlyWindow() throws {
        let daily = try T.read(
            Self.calendar(["UID:d", "DTSTART;TZID=Asia/Jakarta:20261230T080000", "RRULE:FREQ=DAILY;INTERVAL=3"]),
            from: T.date(2027, 1, 1), to: T.date(2027, 1, 10))
        #expect(daily.map(\.start) == [T.date(2027, 1, 2, 8, 0), T.date(2027, 1, 5, 8, 0), T.date(2027, 1, 8, 8, 0)])
        let leap = try T.read(
            Self.calendar(["UID:y", "DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY"]),
            from: T.date(2024, 1, 1), to: T.date(2033, 1, 1))
        #expect(leap.map(\.start) == [T.date(2024, 2, 29), T.date(2028, 2, 29), T.date(2032, 2, 29)])
    }
}

@Suite("ICS reader: added dates and old zone rules")
struct ICSRecurrenceMoreTests {
    typealias T = ICSTestSupport

    @Test("RDATE adds occurrences to a rule, and makes a series of an event without one")
    func rdate() throws {
        let text = ICSRecurrenceTests.calendar([
            "UID:r", "DTSTART;TZID=Asia/Jakarta:20270301T090000", "DURATION:PT2H", "RRULE:FREQ=DAILY;COUNT=2",
            "RDATE;TZID=Asia/Jakarta:20270310T130000,20270302T090000",
        ])
        let events = try T.read(text)
        #expect(
            events.map(\.start) == [T.date(2027, 3, 1, 9, 0), T.date(2027, 3, 2, 9, 0), T.date(2027, 3, 10, 13, 0)])
        #expect(events.last?.end == T.date(2027, 3, 10, 15, 0))
        let plain = try T.read(
            ICSRecurrenceTests.calendar(["UID:p", "DTSTART:20270301T020000Z", "RDATE:20270401T020000Z"]))
        #expect(plain.map(\.start) == [T.date(2027, 3, 1, 9, 0), T.date(2027, 4, 1, 9, 0)])
    }

    @Test("a VTIMEZONE rule with UNTIL stops applying (US zone before and after 2007)")
    func zoneRuleUntil() throws {
        let text = T.file([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t", "BEGIN:VTIMEZONE", "TZID:Kantor Mitra AS",
            "BEGIN:STANDARD", "DTSTART:19671029T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z",
            "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19870405T020000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z",
            "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:akhir-oktober", "DTSTART;TZID=Kantor Mitra AS:20271031T100000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:desember", "DTSTART;TZID=Kantor Mitra AS:20271201T100000", "END:VEVENT",
            "END:VCALENDAR",
        ])
        let utc = TimeZone(secondsFromGMT: 0) ?? .gmt
        let events = try T.read(text)
        #expect(events.map(\.start) == [T.date(2027, 10, 31, 14, 0, zone: utc), T.date(2027, 12, 1, 15, 0, zone: utc)])
    }
}
