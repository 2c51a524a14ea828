import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A data source whose count claims more rows than its pages hold, as the store's did when
/// SQLite's planner skipped the overdue bound for the count only. It filters by OPD code and
/// statuses, and refuses every queue read past a budget, so a dashboard that keeps asking for the
/// missing rows fails the test instead of hanging it.
final class MiscountingData: DashboardDataSource {
    let base = DashboardFakeData()
    /// Rows the count claims beyond those the pages hold.
    var surplus = 1
    /// Queue reads answered; every later one throws.
    var budget = 500
    private(set) var queueReads = 0

    struct Exhausted: Error, CustomStringConvertible {
        var description: String { "read budget exhausted" }
    }

    func rows(_ query: QueueQuery) -> [QueueItem] {
        base.matching(query).filter { query.agencyCode.isEmpty || $0.agencyCode == query.agencyCode }
    }

    func queueRows(_ query: QueueQuery, now: Date, overdueDays: Int, offset: Int, limit: Int) throws -> [QueueItem] {
        queueReads += 1
        guard queueReads <= budget else { throw Exhausted() }
        return Array(rows(query).dropFirst(offset).prefix(limit))
    }

    func queueCount(_ query: QueueQuery, now: Date, overdueDays: Int) throws -> Int {
        rows(query).count + surplus
    }

    func progress(now: Date, overdueDays: Int) throws -> [AgencyProgress] {
        try base.progress(now: now, overdueDays: overdueDays)
    }
    /// Sessions handed to the dashboard by every session read so far.
    private(set) var sessionsRead = 0

    func sessions(from: Date, to: Date) throws -> [MentoringSession] {
        let sessions = try base.sessions(from: from, to: to)
        sessionsRead += sessions.count
        return sessions
    }

    /// Like the store's index probes: answers which spans have a session without reading any.
    func sessionStarts(between bounds: [Date]) throws -> [Bool] {
        zip(bounds, bounds.dropFirst()).map { from, to in
            base.allSessions.contains { $0.startsAt >= from && $0.startsAt < to }
        }
    }

    func sessions(startingFrom from: Date, to: Date, offset: Int, limit: Int) throws -> [MentoringSession] {
        let page = Array(try base.sessions(from: from, to: to).dropFirst(offset).prefix(limit))
        sessionsRead += page.count
        return page
    }

    func nextSession(from: Date, to: Date) throws -> MentoringSession? {
        let next = try base.sessions(from: from, to: to).first { $0.status == .scheduled }
        sessionsRead += next == nil ? 0 : 1
        return next
    }

    func uncoveredAgencies(from: Date, to: Date) throws -> [Agency] { [] }
    func agencyDetail(id: Int64) throws -> AgencyDetail? { try base.agencyDetail(id: id) }
    func monthlyTrend(agencyID: Int64?, window: TrendWindow) throws -> MonthlyTrend {
        try base.monthlyTrend(agencyID: agencyID, window: window)
    }
    func proposalDetail(id: Int64) throws -> ProposalDetail? { try base.proposalDetail(id: id) }
    func agencyNames(ids: [Int64]) throws -> [Int64: String] { try base.agencyNames(ids: ids) }
    func innovationTitles(ids: [Int64]) throws -> [Int64: String] { try base.innovationTitles(ids: ids) }
    func role(of user: String) throws -> Role? { try base.role(of: user) }
    func dataVersion() throws -> Int { try base.dataVersion() }
}

/// No fetch loop of the dashboard waits for a count to be reached: rows end the list.
@Suite("Dashboard: fetch loops bounded when the count disagrees with the rows")
struct DashboardFetchBoundTests {
    func runtime(_ data: MiscountingData) -> (DashboardRuntime<MemoryTerminal>, MemoryTerminal) {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48), colorDepth: .trueColor)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: data, state: DashboardFixtures.state(width: 160, height: 48),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), tickMilliseconds: 1_000,
            clock: { DashboardFixtures.now })
        runtime.start()
        return (runtime, terminal)
    }

    func press(_ runtime: DashboardRuntime<MemoryTerminal>, _ keys: [Key]) {
        for key in keys { runtime.handle(.key(key)) }
    }

    @Test("the freeze's keys: a filter with no row but a count of one answers at once, shows nothing and goes on")
    func filterWithPhantomCount() {
        let data = MiscountingData()
        data.surplus = 0
        let (runtime, terminal) = runtime(data)
        press(runtime, [.character("3"), .character("f"), .down])
        press(runtime, "damkar".map { Key.character($0) })
        press(runtime, [.down, .down, .down, .down, .right])
        data.surplus = 1
        let before = data.queueReads
        press(runtime, [.enter])
        #expect(data.queueReads - before <= 3, "queue reads after Enter: \(data.queueReads - before)")
        #expect(runtime.state.queue.total == 0)
        #expect(runtime.state.loadProblem == nil)
        #expect(terminal.lastCanvas?.text().contains("Tidak ada yang cocok dengan saringan.") == true)
        press(runtime, [.character("t")])
        #expect(data.queueReads - before <= 6, "the take with the filter on reads a bounded number of pages too")
        press(runtime, [.character("f")])
        #expect(runtime.state.form != nil, "the dashboard still answers keys")
    }

    @Test("a first screen whose count claims a row more than the store holds opens at once")
    func firstScreenWithPhantomRow() {
        let data = MiscountingData()
        let (runtime, _) = runtime(data)
        #expect(data.queueReads <= 2, "queue reads at start: \(data.queueReads)")
        #expect(runtime.state.queue.total == 30)
        #expect(runtime.state.loadProblem == nil)
    }

    @Test("the last row of a list whose count claims one row more is reached without asking forever")
    func lastRowWithPhantomRow() {
        let data = MiscountingData()
        data.base.queue = DashboardFixtures.queueItems(count: 300)
        data.surplus = 0
        let (runtime, _) = runtime(data)
        press(runtime, [.character("3")])
        data.surplus = 1
        let before = data.queueReads
        press(runtime, [.character("G")])
        #expect(data.queueReads - before <= 3, "queue reads after G: \(data.queueReads - before)")
        #expect(runtime.state.queue.total == 300)
        #expect(runtime.state.queue.item(at: runtime.state.queue.selected)?.id == 300)
        press(runtime, [.pageUp, .pageDown, .character("G")])
        #expect(data.queueReads - before <= 8)
        #expect(runtime.state.loadProblem == nil)
    }

    /// A national calendar: a hundred sessions on every day of December, January and February.
    static func nationalSessions() -> [MentoringSession] {
        let zone = DashboardFixtures.zone
        guard let first = CalendarDay(year: 2026, month: 12, day: 1) else { return [] }
        return (0..<90).flatMap { offset in
            (0..<100).map { index in
                let start = first.adding(days: offset).start(in: zone).addingTimeInterval(
                    Double(8 * 3_600 + index * 300))
                return MentoringSession(
                    id: Int64(offset * 100 + index + 1), title: "Sesi \(index)", startsAt: start,
                    endsAt: start.addingTimeInterval(3_600), location: "Aula", mode: .offline,
                    speakerName: "Narasumber",
                    speakerInstitution: "LAN RI", agencyIDs: [2], innovationIDs: [], status: .scheduled)
            }
        }
    }

    @Test("a month move reads a bounded number of sessions whatever the store holds, and marks the grid")
    func monthMoveBounded() {
        let data = MiscountingData()
        data.base.allSessions = Self.nationalSessions()
        let (runtime, terminal) = runtime(data)
        press(runtime, [.character("2")])
        let before = data.sessionsRead
        press(runtime, [.character("]")])
        let read = data.sessionsRead - before
        #expect(read <= SessionListRequest.pageSize, "sessions read by a month move: \(read)")
        #expect(runtime.state.calendar.selectedDay.month == 1)
        #expect(runtime.state.calendar.busyDays.count == 35, "every day of January's grid has sessions")
        #expect(terminal.lastCanvas?.text().contains("Sesi 0") == true, "the selected day's sessions are listed")
    }

    @Test("a week move and the agenda read one page, and the cursor past it reads the next")
    func weekMoveBounded() {
        let data = MiscountingData()
        data.base.allSessions = Self.nationalSessions()
        let (runtime, _) = runtime(data)
        press(runtime, [.character("2"), .character("w")])
        var before = data.sessionsRead
        press(runtime, [.character("]")])
        #expect(data.sessionsRead - before <= SessionListRequest.pageSize)
        #expect(runtime.state.calendar.sessions.count == SessionListRequest.pageSize)
        before = data.sessionsRead
        press(runtime, [.character("a")])
        #expect(data.sessionsRead - before <= SessionListRequest.pageSize)
        press(runtime, Array(repeating: .down, count: SessionListRequest.pageSize - 1))
        #expect(runtime.state.calendar.sessions.count == 2 * SessionListRequest.pageSize, "the next page is read")
        press(runtime, [.down])
        #expect(runtime.state.calendar.sessionCursor == SessionListRequest.pageSize)
        #expect(runtime.state.loadProblem == nil)
    }
}
