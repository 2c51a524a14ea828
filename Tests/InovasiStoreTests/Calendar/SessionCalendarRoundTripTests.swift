import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import Testing

/// Sessions exported as iCalendar and imported into a fresh store come back field for field; the
/// UID stays and SEQUENCE grows across edits; a second import of the same file changes nothing.
@Suite("Sessions calendar: export and import")
struct SessionCalendarRoundTripTests {
    @Test func exportThenImportIntoAFreshStoreGivesTheSameSessions() throws {
        let source = try Fixture()
        let innovation = try CalendarFixture.innovation(source)
        let sessions = try CalendarFixture.sessions(source, innovation: innovation)
        #expect(Set(sessions.map(\.status)) == [.scheduled, .done, .cancelled])
        let fresh = try Fixture()
        try CalendarFixture.innovation(fresh)
        let data = try CalendarFixture.export(source.store)
        let read = try CalendarFixture.read(data, into: fresh.store)
        let plan = try fresh.store.importSessions(read, source: "sesi.ics", by: Fixture.admin, now: Fixture.now)
        #expect(plan.added.count == sessions.count && plan.updated.isEmpty && plan.unchanged == 0)
        let imported = try fresh.store.sessions(from: CalendarFixture.from, to: CalendarFixture.to)
        #expect(imported.map(CalendarFixture.comparable) == sessions.map(CalendarFixture.comparable))
        let audit = try fresh.store.auditLog(entity: "mentoring_session", id: imported[0].id)
        #expect(audit.map(\.action) == ["session.add"] && audit.first?.note == "sesi.ics")
    }

    @Test func theUIDStaysAndTheSequenceGrowsAcrossEdits() throws {
        let fixture = try Fixture()
        let innovation = try CalendarFixture.innovation(fixture)
        let first = try #require(
            try CalendarFixture.sessions(fixture, innovation: innovation).first { $0.title == "Bimtek IID" })
        let before = try CalendarFixture.read(try CalendarFixture.export(fixture.store), into: fixture.store)
        var change = first
        change.title = "Bimtek IID (jam baru)"
        change.startsAt += 3600
        change.endsAt += 3600
        _ = try fixture.store.editSession(change, by: Fixture.admin, now: Fixture.now)
        _ = try fixture.store.editSession(change, by: Fixture.admin, now: Fixture.now)
        let data = try CalendarFixture.export(fixture.store)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("UID:\(first.uid)\r\nSEQUENCE:2\r\n"))
        let after = try CalendarFixture.read(data, into: fixture.store)
        let earlier = try #require(before.first { $0.uid == first.uid })
        let later = try #require(after.first { $0.uid == first.uid })
        #expect(earlier.sequence == 0 && later.sequence == 2 && later.title == "Bimtek IID (jam baru)")
    }

    @Test func aSecondImportOfTheSameFileChangesNothing() throws {
        let fixture = try Fixture()
        let innovation = try CalendarFixture.innovation(fixture)
        let sessions = try CalendarFixture.sessions(fixture, innovation: innovation)
        let data = try CalendarFixture.export(fixture.store)
        let read = try CalendarFixture.read(data, into: fixture.store)
        let plan = try fixture.store.importSessions(read, source: "sesi.ics", by: Fixture.admin, now: Fixture.now)
        #expect(plan.added.isEmpty && plan.updated.isEmpty && plan.unchanged == sessions.count)
        #expect(try fixture.store.sessions(from: CalendarFixture.from, to: CalendarFixture.to) == sessions)
    }

    @Test func anEditedFileUpdatesItsSessionByUID() throws {
        let fixture = try Fixture()
        let innovation = try CalendarFixture.innovation(fixture)
        let sessions = try CalendarFixture.sessions(fixture, innovation: innovation)
        let text = String(decoding: try CalendarFixture.export(fixture.store), as: UTF8.self)
            .replacingOccurrences(of: "SUMMARY:Coaching", with: "SUMMARY:Coaching lanjutan")
        let read = try CalendarFixture.read(Data(text.utf8), into: fixture.store)
        let dry = try fixture.store.planSessionImport(read, now: Fixture.now)
        #expect(dry.added.isEmpty && dry.updated.map(\.title) == ["Coaching lanjutan"])
        #expect(try fixture.store.sessions(from: CalendarFixture.from, to: CalendarFixture.to) == sessions)
        let plan = try fixture.store.importSessions(read, source: "sesi.ics", by: Fixture.admin, now: Fixture.now)
        #expect(plan.updated.count == 1 && plan.unchanged == sessions.count - 1)
        let coaching = try #require(sessions.first { $0.title == "Coaching" })
        let stored = try #require(try fixture.store.session(id: coaching.id))
        #expect(stored.title == "Coaching lanjutan" && stored.uid == coaching.uid)
        #expect(stored.sequence == coaching.sequence + 1 && stored.status == .done)
        #expect(try fixture.store.auditLog(entity: "mentoring_session", id: coaching.id).last?.action == "session.edit")
    }

    @Test func aHigherSequenceInTheFileIsKept() throws {
        let fixture = try Fixture()
        let innovation = try CalendarFixture.innovation(fixture)
        let first = try #require(
            try CalendarFixture.sessions(fixture, innovation: innovation).first { $0.title == "Bimtek IID" })
        let text = String(decoding: try CalendarFixture.export(fixture.store), as: UTF8.self)
            .replacingOccurrences(of: "UID:\(first.uid)\r\nSEQUENCE:0", with: "UID:\(first.uid)\r\nSEQUENCE:7")
            .replacingOccurrences(of: "SUMMARY:Bimtek IID", with: "SUMMARY:Bimtek IID diperbarui")
        let read = try CalendarFixture.read(Data(text.utf8), into: fixture.store)
        try fixture.store.importSessions(read, source: "sesi.ics", by: Fixture.admin, now: Fixture.now)
        #expect(try fixture.store.session(id: first.id)?.sequence == 7)
    }
}
