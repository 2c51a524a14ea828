import Foundation
import InovasiApp
import InovasiCore
import InovasiICS
import InovasiStore
import Testing

/// A file that cannot be imported is refused whole, saying where: its line (ICSError), or the
/// event's UID and line with the field; the store is left as it was.
@Suite("Sessions calendar: refusals")
struct SessionCalendarRefusalTests {
    @Test func aMalformedFileIsRefusedWithItsLineAndNothingIsImported() throws {
        let fixture = try Fixture()
        let innovation = try CalendarFixture.innovation(fixture)
        let sessions = try CalendarFixture.sessions(fixture, innovation: innovation)
        var lines = String(decoding: try CalendarFixture.export(fixture.store), as: UTF8.self)
            .components(separatedBy: "\r\n")
        let broken = try #require(lines.lastIndex { $0.hasPrefix("DTSTART") })
        lines[broken] = "DTSTART;TZID=Asia/Jakarta:20261332T250000"
        let data = Data(lines.joined(separator: "\r\n").utf8)
        #expect(throws: SessionCalendarError.self) { try CalendarFixture.read(data, into: fixture.store) }
        do {
            _ = try CalendarFixture.read(data, into: fixture.store)
        } catch let error as SessionCalendarError {
            guard case .file(let fault) = error else {
                Issue.record("not a file error: \(error)")
                return
            }
            #expect(fault.line == broken + 1)
            #expect(error.message(path: "/tmp/sesi.ics").en.hasPrefix("/tmp/sesi.ics: line \(broken + 1): "))
        }
        #expect(try fixture.store.sessions(from: CalendarFixture.from, to: CalendarFixture.to) == sessions)
    }

    @Test func unknownOPDCodesAreNamedWithTheEventsUIDAndLine() throws {
        let fixture = try Fixture()
        let file = CalendarFixture.file([
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:ok", "DTSTART:20261210T020000Z", "DTEND:20261210T030000Z", "SUMMARY:Baik",
            "X-INOVASI-OPD:DINKES", "END:VEVENT",
            "BEGIN:VEVENT", "UID:salah", "DTSTART:20261211T020000Z", "DTEND:20261211T030000Z", "SUMMARY:Salah",
            "X-INOVASI-OPD:DINKES", "X-INOVASI-OPD:DISHUB", "X-INOVASI-OPD:BAPPEDA", "END:VEVENT",
            "END:VCALENDAR",
        ])
        #expect(throws: SessionCalendarError.event(uid: "salah", line: 10, .unknownOPDs(["DISHUB", "BAPPEDA"]))) {
            try CalendarFixture.read(file, into: fixture.store)
        }
        let message = SessionCalendarError.event(uid: "salah", line: 10, .unknownOPDs(["DISHUB", "BAPPEDA"]))
            .message(path: "a.ics")
        #expect(message.en == "a.ics: line 10: event UID salah: unknown OPD codes: DISHUB, BAPPEDA")
    }

    @Test func aFieldTheRuleRefusesIsNamedWithTheEvent() throws {
        let fixture = try Fixture()
        let file = CalendarFixture.file([
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:kosong", "DTSTART:20261210T020000Z", "DTEND:20261210T030000Z", "SUMMARY:  ",
            "END:VEVENT",
            "BEGIN:VEVENT", "UID:moda", "DTSTART:20261210T020000Z", "DTEND:20261210T030000Z", "SUMMARY:A",
            "X-INOVASI-MODE:perahu", "END:VEVENT",
            "END:VCALENDAR",
        ])
        #expect(
            throws: SessionCalendarError.event(
                uid: "kosong", line: 3, .invalid(ValidationError(field: "title", reason: .empty)))
        ) { try CalendarFixture.read(file, into: fixture.store) }
        let importer = try CalendarFixture.importer(fixture.store)
        let events = try ICSReader(zone: CalendarFixture.zone).read(file, from: .distantPast, to: .distantFuture)
        #expect(throws: SessionCalendarError.event(uid: "moda", line: 9, .badValue("X-INOVASI-MODE", "perahu"))) {
            try importer.session(events[1])
        }
    }

    @Test func twoEventsWithOneUIDAreRefused() throws {
        let fixture = try Fixture()
        let event = ["BEGIN:VEVENT", "UID:dua", "DTSTART:20261210T020000Z", "DTEND:20261210T030000Z", "SUMMARY:A"]
        let file = CalendarFixture.file(
            ["BEGIN:VCALENDAR", "VERSION:2.0"] + event + ["END:VEVENT"] + event + ["END:VEVENT", "END:VCALENDAR"])
        #expect(throws: SessionCalendarError.event(uid: "dua", line: 9, .duplicateUID)) {
            try CalendarFixture.read(file, into: fixture.store)
        }
    }
}
