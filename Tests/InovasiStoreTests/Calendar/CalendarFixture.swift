import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// Stores with the same OPDs and innovations, sessions of every kind in the first, and the
/// calendar mapping over them.
enum CalendarFixture {
    static let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
    /// A window holding every session of these tests.
    static let from = Fixture.now.addingTimeInterval(-400 * Fixture.day)
    static let to = Fixture.now.addingTimeInterval(800 * Fixture.day)

    /// The innovation both stores hold (the same title under the same OPD).
    @discardableResult
    static func innovation(_ fixture: Fixture) throws -> Innovation {
        try fixture.store.addInnovation(
            Fixture.innovation("Posyandu Digital, tahap 2", agency: fixture.dinkes, stage: .trial), by: Fixture.admin,
            now: Fixture.now)
    }

    /// Five sessions: offline, online with a link, hybrid in a Lab stage with long Indonesian notes,
    /// one done with attendance and follow-up, one cancelled.
    static func sessions(_ fixture: Fixture, innovation: Innovation) throws -> [MentoringSession] {
        let store = fixture.store
        func session(_ title: String, hours: Double) -> MentoringSession {
            let start = Fixture.now.addingTimeInterval(hours * 3600)
            return MentoringSession(
                title: title, startsAt: start, endsAt: start.addingTimeInterval(5400), location: "Aula Bappeda; lt. 2",
                mode: .offline, speakerName: "Dr. Siti, M.Si.", speakerInstitution: "LAN RI",
                agencyIDs: [fixture.dinkes.id, fixture.disdik.id], innovationIDs: [innovation.id])
        }
        var online = session("Klinik daring", hours: 30)
        online.mode = .online
        online.meetingLink = "https://zoom.us/j/123?pwd=ab,c;d"
        online.location = "Zoom"
        var hybrid = session("Laboratorium Inovasi — tahap diagnose", hours: 54)
        hybrid.mode = .hybrid
        hybrid.meetingLink = "https://meet.google.com/abc-defg-hij"
        hybrid.labStage = .diagnose
        hybrid.notes = String(repeating: "Peserta membawa draf proposal — “ringkas” ", count: 6) + "\nBaris kedua."
        let added = try [session("Bimtek IID", hours: 26), online, hybrid, session("Coaching", hours: -100)]
            .map { try store.addSession($0, by: Fixture.admin, now: Fixture.now) }
        _ = try store.markSessionDone(
            id: added[3].id, attended: [fixture.dinkes.id, fixture.setda.id], followUp: "Kirim proposal; minggu depan",
            by: Fixture.admin, now: Fixture.now)
        let cancelled = try store.addSession(session("Batal", hours: 80), by: Fixture.admin, now: Fixture.now)
        _ = try store.cancelSession(id: cancelled.id, reason: "Narasumber berhalangan", by: Fixture.admin)
        return try store.sessions(from: from, to: to)
    }

    /// The calendar of every session of `store`.
    static func export(_ store: Store, language: Language = .id) throws -> Data {
        let sessions = try store.sessions(from: from, to: to)
        return SessionCalendarExport(directory: try SessionCalendarDirectory(store: store), language: language)
            .data(sessions, zone: zone, now: Fixture.now)
    }

    /// The import into `store`.
    static func importer(_ store: Store) throws -> SessionCalendarImport {
        SessionCalendarImport(
            directory: try SessionCalendarDirectory(store: store), zone: zone,
            defaults: SessionCalendarDefaults(language: .id))
    }

    /// The sessions of `data` as `store` would take them, in the test window.
    static func read(_ data: Data, into store: Store) throws -> [MentoringSession] {
        try importer(store).read(data, from: from, to: to)
    }

    /// A session without what the store gives it (id, the time of its last change), to compare two stores.
    static func comparable(_ session: MentoringSession) -> MentoringSession {
        var value = session
        value.id = 0
        value.updatedAt = nil
        return value
    }

    /// A calendar text from lines, joined by CRLF.
    static func file(_ lines: [String]) -> Data { Data((lines.joined(separator: "\r\n") + "\r\n").utf8) }
}
