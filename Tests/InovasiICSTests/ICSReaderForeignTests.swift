import Foundation
import Testing

@testable import InovasiICS

@Suite("ICS reader: files from other calendars")
struct ICSReaderForeignTests {
    typealias T = ICSTestSupport

    @Test("a Google Calendar file: TZID Asia/Makassar, UTC times, folded and escaped text, quoted parameters")
    func google() throws {
        let text = T.file([
            "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Asia/Makassar",
            "BEGIN:VTIMEZONE", "TZID:Asia/Makassar", "X-LIC-LOCATION:Asia/Makassar", "BEGIN:STANDARD",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:WITA", "DTSTART:19700101T000000", "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT", "DTSTART;TZID=Asia/Makassar:20270115T100000", "DTEND;TZID=Asia/Makassar:20270115T120000",
            "DTSTAMP:20261201T000000Z", "UID:abc123@google.com",
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=\"Budi; LAN RI\";X-NUM-GUESTS=0:mailto:b@lan.go.id",
            "DESCRIPTION:Narasumber dari KemenPAN-RB\\, pembahasan proposal\\nSesi lanj",
            " utan.", "LOCATION:Hotel Mangkuto\\, Cilegon", "SEQUENCE:2", "STATUS:CONFIRMED",
            "SUMMARY:Coaching clinic", "END:VEVENT",
            "BEGIN:VEVENT", "DTSTART:20270116T013000Z", "DTEND:20270116T023000Z", "UID:def456@google.com",
            "SUMMARY:Rapat daring", "END:VEVENT", "END:VCALENDAR",
        ])
        let events = try T.read(text)
        #expect(events.count == 2)
        let first = try #require(events.first)
        #expect(first.uid == "abc123@google.com")
        #expect(first.sequence == 2)
        #expect(first.start == T.date(2027, 1, 15, 9, 0), "10:00 WITA is 09:00 WIB")
        #expect(first.end == T.date(2027, 1, 15, 11, 0))
        #expect(first.description == "Narasumber dari KemenPAN-RB, pembahasan proposal\nSesi lanjutan.")
        #expect(first.location == "Hotel Mangkuto, Cilegon")
        #expect(events.last?.start == T.date(2027, 1, 16, 8, 30), "01:30Z is 08:30 WIB")
    }

    @Test("an Outlook file: a Windows zone name with its own VTIMEZONE, and one the map does not know")
    func outlook() throws {
        let zone = { (name: String, offset: String) in
            [
                "BEGIN:VTIMEZONE", "TZID:\(name)", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                "TZOFFSETFROM:\(offset)", "TZOFFSETTO:\(offset)", "END:STANDARD", "END:VTIMEZONE",
            ]
        }
        let text = T.file(
            [
                "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                "METHOD:REQUEST",
            ]
                + zone("SE Asia Standard Time", "+0700") + zone("Kantor Pusat", "+0900")
                + [
                    "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008000000001", "SEQUENCE:0",
                    "DTSTART;TZID=\"SE Asia Standard Time\":20270203T130000",
                    "DTEND;TZID=\"SE Asia Standard Time\":20270203T150000", "SUMMARY;LANGUAGE=id-ID:Evaluasi",
                    "END:VEVENT",
                    "BEGIN:VEVENT", "UID:outlook-2", "DTSTART;TZID=Kantor Pusat:20270204T090000",
                    "DURATION:PT1H30M", "SUMMARY:Rapat pusat", "END:VEVENT", "END:VCALENDAR",
                ])
        let events = try T.read(text)
        #expect(events.map(\.start) == [T.date(2027, 2, 3, 13, 0), T.date(2027, 2, 4, 7, 0)])
        #expect(events.map(\.end) == [T.date(2027, 2, 3, 15, 0), T.date(2027, 2, 4, 8, 30)])
        #expect(events.first?.summary == "Evaluasi")
    }

    @Test("an all-day event, a floating time in the reader's zone, and a day-long DURATION")
    func allDayAndFloating() throws {
        let text = T.file([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t",
            "BEGIN:VEVENT", "UID:libur", "DTSTART;VALUE=DATE:20270317", "SUMMARY:Hari Suci Nyepi", "END:VEVENT",
            "BEGIN:VEVENT", "UID:apel", "DTSTART:20270318T073000", "DTEND:20270318T080000", "SUMMARY:Apel",
            "END:VEVENT",
            "BEGIN:VEVENT", "UID:bimtek", "DTSTART;VALUE=DATE:20270320", "DURATION:P2D", "SUMMARY:Bimtek",
            "END:VEVENT", "END:VCALENDAR",
        ])
        let events = try T.read(text)
        #expect(events.map(\.uid) == ["libur", "apel", "bimtek"])
        #expect(events[0].isAllDay && events[0].start == T.date(2027, 3, 17) && events[0].end == T.date(2027, 3, 18))
        #expect(!events[1].isAllDay && events[1].start == T.date(2027, 3, 18, 7, 30))
        #expect(events[2].end == T.date(2027, 3, 22))
    }

    @Test("only events starting inside the window are read")
    func window() throws {
        let text = T.file([
            "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "END:VEVENT",
            "BEGIN:VEVENT", "UID:b", "DTSTART:20280101T000000Z", "END:VEVENT", "END:VCALENDAR",
        ])
        #expect(try T.read(text).map(\.uid) == ["a"])
    }
}

@Suite("ICS reader: a file's own VTIMEZONE with daylight saving rules")
struct ICSDefinedZoneTests {
    typealias T = ICSTestSupport

    @Test("an Outlook zone with a name no table knows: its STANDARD and DAYLIGHT rules give the offsets")
    func outlookDaylightRules() throws {
        let text = T.file([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "BEGIN:VTIMEZONE", "TZID:Kantor Mitra Eropa", "BEGIN:STANDARD", "DTSTART:16011028T030000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:winter", "DTSTART;TZID=Kantor Mitra Eropa:20270115T100000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:summer", "DTSTART;TZID=Kantor Mitra Eropa:20270715T100000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:weekly", "DTSTART;TZID=Kantor Mitra Eropa:20270322T100000",
            "RRULE:FREQ=WEEKLY;COUNT=2", "END:VEVENT", "END:VCALENDAR",
        ])
        let utc = TimeZone(secondsFromGMT: 0) ?? .gmt
        let events = try T.read(text)
        #expect(events.first { $0.uid == "winter" }?.start == T.date(2027, 1, 15, 9, 0, zone: utc))
        #expect(events.first { $0.uid == "summer" }?.start == T.date(2027, 7, 15, 8, 0, zone: utc))
        #expect(
            events.filter { $0.uid == "weekly" }.map(\.start) == [
                T.date(2027, 3, 22, 9, 0, zone: utc), T.date(2027, 3, 29, 8, 0, zone: utc),
            ], "the series keeps 10:00 local across the change on 28 March 2027")
    }
}
