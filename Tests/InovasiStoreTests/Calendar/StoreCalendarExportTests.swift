import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import InovasiTUI
import Testing

/// The calendar pane's export on a real store and a real folder: the file holds the range's
/// sessions; a folder that cannot be written is refused and leaves nothing behind.
@Suite("Sessions calendar: the pane's export adapter")
struct StoreCalendarExportTests {
    @Test func theRangeIsWrittenToTheFileUnderHome() throws {
        let fixture = try Fixture()
        let innovation = try CalendarFixture.innovation(fixture)
        let sessions = try CalendarFixture.sessions(fixture, innovation: innovation)
        let home = fixture.folder.path("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let desk = StoreCalendarExport(store: fixture.store, home: home)
        // From now to three days on: the three coming scheduled sessions, not the past one nor the cancelled one.
        let request = CalendarExportRequest(
            from: Fixture.now, to: Fixture.now.addingTimeInterval(3 * Fixture.day), zone: CalendarFixture.zone,
            language: .en, path: "~/inovasi-sesi-2026-12.ics", now: Fixture.now)
        let result = try desk.exportCalendar(request)
        #expect(result == CalendarExportResult(count: 3, path: home + "/inovasi-sesi-2026-12.ics"))
        let text = try String(contentsOfFile: result.path, encoding: .utf8)
        let expected = sessions.filter { $0.startsAt >= Fixture.now && $0.startsAt < request.to }
        #expect(expected.count == 3)
        for session in expected { #expect(text.contains("UID:\(session.uid)\r\n")) }
        #expect(text.contains("X-WR-CALNAME:Innovation mentoring sessions\r\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home) == ["inovasi-sesi-2026-12.ics"])
    }

    @Test func aFolderThatCannotBeWrittenIsRefusedAndNothingIsLeft() throws {
        let fixture = try Fixture()
        let home = fixture.folder.path("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let desk = StoreCalendarExport(store: fixture.store, home: home)
        let request = CalendarExportRequest(
            from: Fixture.now, to: Fixture.now.addingTimeInterval(Fixture.day), zone: CalendarFixture.zone,
            language: .en, path: "~/tidak-ada/sesi.ics", now: Fixture.now)
        do {
            _ = try desk.exportCalendar(request)
            Issue.record("a missing folder was written to")
        } catch let refusal as ReviewRefusal {
            #expect(refusal.message(.en).hasPrefix("cannot write \(home)/tidak-ada/sesi.ics: "))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty)
    }
}
