import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// The city demo as written to a store: every audit row and every stage step in working hours
/// and days, and every user the history names is a user of the store (issue 10, point 7).
@Suite("Store: the demo's history in the file")
struct StoreDemoCalendarTests {
    static let wib = TimeZone(identifier: "Asia/Jakarta") ?? .gmt

    func cityStore(_ folder: TestFolder) throws -> Store {
        let path = folder.path("demo.sqlite")
        let data = DemoGenerator.make(scale: .city, seed: 2022, now: Fixture.now)
        let store = try Store.create(at: path, creator: "admin", now: Fixture.now)
        try store.importDemo(data, by: "admin", now: Fixture.now)
        return store
    }

    @Test("every audit row of the demo's events and every stage step falls in working hours and days")
    func auditInWorkingHours() throws {
        let folder = try TestFolder()
        let store = try cityStore(folder)
        let (times, days) = try store.read { db in
            (
                try Row.fetchAll(
                    db, sql: "SELECT at, action FROM audit_log WHERE action NOT IN ('store.create', 'demo.import')"),
                try String.fetchAll(db, sql: "SELECT changed_on FROM innovation_stage")
            )
        }
        #expect(times.count > 300)
        let outside = try times.filter { row in
            let at = try #require(StoredTime.date(row["at"]))
            return !OfficeHours.isWorkingTime(at, in: Self.wib)
        }
        #expect(outside.isEmpty, "\(outside.prefix(3))")
        let daysOff = try days.filter { text in
            !OfficeHours.isWorkingDay(CalendarDay(containing: try #require(StoredTime.date(text)), in: Self.wib))
        }
        #expect(daysOff.isEmpty, "\(daysOff.prefix(3))")
    }

    @Test("every user named in the stage history and the audit log (reviewers, supervisors) exists")
    func historyUsersExist() throws {
        let folder = try TestFolder()
        let store = try cityStore(folder)
        let missing = try store.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT name FROM (
                        SELECT user AS name FROM audit_log UNION SELECT changed_by FROM innovation_stage
                        WHERE changed_by IS NOT NULL)
                    WHERE name NOT IN (SELECT name FROM user) ORDER BY name
                    """)
        }
        #expect(missing.isEmpty, "\(missing.count) missing, e.g. \(missing.prefix(3))")
    }

    @Test("every field of the demo's sessions reaches the file: uid, link, stage, attendance, follow-up, edits")
    func sessionsRoundTrip() throws {
        let folder = try TestFolder()
        let store = try cityStore(folder)
        let data = DemoGenerator.make(scale: .city, seed: 2022, now: Fixture.now)
        let first = try #require(data.sessions.first?.startsAt)
        let last = try #require(data.sessions.last?.endsAt)
        let stored = try store.sessions(from: first, to: last)
        #expect(stored == data.sessions)
        #expect(stored.contains { !$0.attendedAgencyIDs.isEmpty && !$0.followUp.isEmpty })
        #expect(stored.contains { $0.labStage != nil } && stored.contains { !$0.meetingLink.isEmpty })
        let attendance = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM session_attendance") }
        #expect(attendance == data.sessions.reduce(0) { $0 + $1.attendedAgencyIDs.count })
    }
}
