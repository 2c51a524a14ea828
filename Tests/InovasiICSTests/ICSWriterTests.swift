import Foundation
import Testing

@testable import InovasiICS

@Suite("ICS writer")
struct ICSWriterTests {
    static let stamp = ICSTestSupport.date(2026, 12, 1, 8, 0)

    static let events = [
        ICSEvent(
            uid: "sesi-12@inovasi.cilegon.go.id", sequence: 3, start: ICSTestSupport.date(2026, 12, 7, 9, 0),
            end: ICSTestSupport.date(2026, 12, 7, 11, 30), summary: "Pendampingan Laboratorium Inovasi: diagnose",
            location: "Aula Bappeda, Jl. Jend. Sudirman; lantai 2",
            description: "Narasumber: Dr. Siti (LAN RI)\nOPD: Dinas Kesehatan, Kecamatan Ciwandan — pendampingan "
                + "penyusunan proposal inovasi pelayanan publik yang panjang sekali agar terlipat",
            status: .confirmed, categories: ["Pendampingan", "LAN RI"]),
        ICSEvent(
            uid: "sesi-13@inovasi.cilegon.go.id", sequence: 1, start: ICSTestSupport.date(2026, 12, 9, 13, 0),
            end: ICSTestSupport.date(2026, 12, 9, 14, 0), summary: "Klinik inovasi daring", status: .cancelled,
            url: "https://zoom.us/j/123456789?pwd=abc"),
        ICSEvent(
            uid: "sesi-14@inovasi.cilegon.go.id", start: ICSTestSupport.date(2026, 12, 14),
            end: ICSTestSupport.date(2026, 12, 16), isAllDay: true, summary: "Bimtek dua hari"),
    ]

    static var written: String {
        ICSWriter(productID: "-//Pemkot Cilegon//inovasi//ID", zone: ICSTestSupport.jakarta, stamp: stamp)
            .write(events)
    }

    @Test("the calendar has its header, a one-observance VTIMEZONE for Jakarta and CRLF line ends")
    func structure() {
        let text = Self.written
        let lines = ICSTestSupport.physicalLines(text)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(
            Array(lines.prefix(5)) == [
                "BEGIN:VCALENDAR", "PRODID:-//Pemkot Cilegon//inovasi//ID", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            ])
        #expect(lines.filter { $0 == "BEGIN:STANDARD" }.count == 1)
        #expect(lines.contains("TZID:Asia/Jakarta"))
        #expect(lines.contains("TZOFFSETFROM:+0700") && lines.contains("TZOFFSETTO:+0700"))
        #expect(!lines.contains("BEGIN:DAYLIGHT"))
        #expect(lines.contains("TZNAME:WIB"))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    }

    @Test("an event has UID, SEQUENCE, DTSTAMP in UTC, times with TZID, escaped text, STATUS, URL, CATEGORIES")
    func eventLines() {
        let lines = ICSTestSupport.physicalLines(Self.written)
        #expect(lines.contains("UID:sesi-12@inovasi.cilegon.go.id"))
        #expect(lines.contains("SEQUENCE:3"))
        #expect(lines.contains("DTSTAMP:20261201T010000Z"))
        #expect(lines.contains("DTSTART;TZID=Asia/Jakarta:20261207T090000"))
        #expect(lines.contains("DTEND;TZID=Asia/Jakarta:20261207T113000"))
        #expect(lines.contains("LOCATION:Aula Bappeda\\, Jl. Jend. Sudirman\\; lantai 2"))
        #expect(lines.contains("CATEGORIES:Pendampingan,LAN RI"))
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(lines.contains("URL:https://zoom.us/j/123456789?pwd=abc"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261214"))
        #expect(lines.contains("DTEND;VALUE=DATE:20261216"))
    }

    @Test("write then read gives the same events")
    func roundTrip() throws {
        let read = try ICSTestSupport.read(Self.written)
        #expect(ICSTestSupport.unplaced(read) == Self.events)
    }

    @Test("a zone with daylight saving gets one observance per transition around the events")
    func daylightZone() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let event = ICSEvent(
            uid: "dst", start: ICSTestSupport.date(2026, 7, 1, 10, 0, zone: berlin),
            end: ICSTestSupport.date(2026, 7, 1, 11, 0, zone: berlin), summary: "Summer")
        let text = ICSWriter(productID: "-//t//t", zone: berlin, stamp: Self.stamp).write([event])
        let lines = ICSTestSupport.physicalLines(text)
        #expect(lines.contains("BEGIN:DAYLIGHT"))
        #expect(lines.contains("DTSTART:20260329T020000"))
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20260701T100000"))
        let defined = text.replacingOccurrences(of: "Europe/Berlin", with: "Eigene Zone")
        #expect(
            ICSTestSupport.unplaced(try ICSTestSupport.read(defined)) == [event],
            "the file's own VTIMEZONE gives the same instants")
        // 02:30 on 31 October 2027 happens twice in Berlin: the second one is written in UTC.
        let late = ICSEvent(
            uid: "ambiguous", start: ICSTestSupport.date(2027, 10, 31, 0, 0, zone: .gmt),
            end: ICSTestSupport.date(2027, 10, 31, 1, 30, zone: .gmt), summary: "Night")
        let ambiguous = ICSWriter(productID: "-//t//t", zone: berlin, stamp: Self.stamp).write([late])
        #expect(ICSTestSupport.physicalLines(ambiguous).contains("DTEND:20271031T013000Z"))
        #expect(ICSTestSupport.unplaced(try ICSTestSupport.read(ambiguous)) == [late])
    }
}
