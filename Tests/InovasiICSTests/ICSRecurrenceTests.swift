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
