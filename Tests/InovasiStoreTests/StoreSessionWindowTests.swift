import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// The calendar's bounded reads: which days have sessions from `session_starts` alone, a page of the
/// sessions listed in index order, the next session in one row; each the same answer as reading the
/// whole range would give.
@Suite("Store: the calendar's bounded session reads")
struct StoreSessionWindowTests {
    let now = Fixture.now

    /// The national demo at 1 000 proposals (55 sessions), opened as the dashboard opens it.
    func nationalStore(_ folder: TestFolder) throws -> Store {
        let path = folder.path("calendar.sqlite")
        let data = DemoGenerator.make(scale: .national, seed: 2022, now: now, proposalCount: 1_000)
        try Store.create(at: path, creator: "admin", now: now).importDemo(data, by: "admin", now: now)
        return try Store.open(at: path)
    }

    func plan(_ store: Store, _ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    @Test("the day probe reads the start index only; a page comes in index order without sorting")
    func plans() throws {
        let folder = try TestFolder()
        let store = try nationalStore(folder)
        let bounds: StatementArguments = ["2026-12-01", "2026-12-02"]
        let probe = try plan(store, Store.sessionProbeSQL, bounds)
        #expect(probe.contains { $0.contains("COVERING INDEX session_starts") }, "\(probe)")
        let page = try plan(store, Store.sessionPageSQL, bounds + [100, 0])
        #expect(page.contains { $0.contains("INDEX session_starts") }, "\(page)")
        #expect(!page.contains { $0.contains("TEMP B-TREE") }, "\(page)")
    }

    @Test("probes, pages and the next session agree with the whole range read")
    func sameAnswers() throws {
        let folder = try TestFolder()
        let store = try nationalStore(folder)
        let from = now.addingTimeInterval(-30 * Fixture.day)
        let to = now.addingTimeInterval(60 * Fixture.day)
        let all = try store.sessions(from: from, to: to).filter { $0.startsAt >= from && $0.startsAt < to }
        #expect(all.count > 20, "the demo has sessions around now")
        let days = (0...90).map { from.addingTimeInterval(Double($0) * Fixture.day) }
        let expected = zip(days, days.dropFirst()).map { start, end in
            all.contains { $0.startsAt >= start && $0.startsAt < end }
        }
        #expect(try store.sessionStarts(between: days) == expected)
        #expect(expected.contains(true) && expected.contains(false))
        let first = try store.sessions(startingFrom: from, to: to, offset: 0, limit: 10)
        let second = try store.sessions(startingFrom: from, to: to, offset: 10, limit: 10)
        #expect((first + second).map(\.id) == all.prefix(20).map(\.id))
        let next = all.first { $0.startsAt >= now && $0.status == .scheduled }
        #expect(try store.nextSession(from: now, to: to)?.id == next?.id)
        #expect(next != nil)
    }
}
