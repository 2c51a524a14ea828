import Foundation
import InovasiCore
import InovasiStore
import Testing

/// The monthly trend on a store with known dates: months in the office's zone, undone decisions
/// and removed records left out, one OPD against the city.
@Suite("Store: monthly trend")
struct StoreTrendTests {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
    let october = YearMonth(year: 2026, month: 10)
    let december = YearMonth(year: 2026, month: 12)

    /// An instant given in UTC.
    static func utc(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        let parts = DateComponents(
            timeZone: .gmt, year: 2026, month: month, day: day, hour: hour, minute: minute)
        return Calendar(identifier: .gregorian).date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    /// A proposal of `agency` submitted at `at`.
    func submit(_ title: String, _ agency: Agency, at: Date, _ fixture: Fixture) throws -> Proposal {
        var proposal = Fixture.proposal(title, agency: agency, daysAgo: 0)
        proposal.submittedAt = at
        return try fixture.store.addProposal(proposal, by: Fixture.admin, now: at)
    }

    /// Takes the proposal and decides `event` an hour later.
    func decide(_ event: ProposalEvent, _ proposal: Proposal, at: Date, _ fixture: Fixture) throws {
        let taken = try fixture.store.apply(
            .take, to: proposal.id, expectedVersion: proposal.version, note: "", by: Fixture.reviewer, now: at)
        _ = try fixture.store.apply(
            event, to: proposal.id, expectedVersion: taken.version, note: "Catatan", by: Fixture.reviewer,
            now: at.addingTimeInterval(3600))
    }

    /// The store of the scenario described in each step below.
    func scenario() throws -> Fixture {
        let fixture = try Fixture()
        let store = fixture.store
        // 30 November 23:59 WIB is November; 1 December 00:00 WIB is still 30 November in UTC.
        let lastOfNovember = try submit("Antar obat", fixture.dinkes, at: Self.utc(11, 30, 16, 59), fixture)
        let firstOfDecember = try submit("Antrean daring", fixture.dinkes, at: Self.utc(11, 30, 17), fixture)
        let schools = try submit("Sekolah ramah anak", fixture.disdik, at: Self.utc(10, 15, 3), fixture)
        let removed = try submit("Rapor daring", fixture.disdik, at: Self.utc(10, 20, 3), fixture)
        try decide(.approve, lastOfNovember, at: Self.utc(12, 2, 3), fixture)
        try decide(.reject, schools, at: Self.utc(11, 5, 3), fixture)
        try decide(.reject, removed, at: Self.utc(10, 25, 3), fixture)
        try store.remove(.proposal, id: removed.id, note: "Ganda", by: Fixture.admin, now: Self.utc(10, 26, 3))
        // A rejection undone an hour later does not count; the revision asked after it does.
        try decide(.reject, firstOfDecember, at: Self.utc(12, 3, 3), fixture)
        _ = try store.undoLast(proposalID: firstOfDecember.id, by: Fixture.reviewer, now: Self.utc(12, 3, 5))
        let current = try #require(try store.proposal(id: firstOfDecember.id))
        _ = try store.apply(
            .requestRevision, to: current.id, expectedVersion: current.version, note: "Lengkapi", by: Fixture.reviewer,
            now: Self.utc(12, 4, 3))
        // Stage moves: an innovation's start is no move; a removed innovation's moves do not count.
        let clinic = try store.addInnovation(
            Fixture.innovation("Klinik keliling", agency: fixture.dinkes, stage: .initiative), by: Fixture.admin,
            now: Self.utc(10, 9, 3))
        try store.moveStage(of: clinic.id, .advance, by: Fixture.admin, now: Self.utc(11, 10, 3))
        try store.moveStage(of: clinic.id, .advance, by: Fixture.admin, now: Self.utc(12, 5, 3))
        let library = try store.addInnovation(
            Fixture.innovation("Perpustakaan keliling", agency: fixture.disdik, stage: .initiative),
            by: Fixture.admin, now: Self.utc(10, 9, 3))
        try store.moveStage(of: library.id, .advance, by: Fixture.admin, now: Self.utc(10, 10, 3))
        let gone = try store.addInnovation(
            Fixture.innovation("Kelas maya", agency: fixture.disdik, stage: .initiative), by: Fixture.admin,
            now: Self.utc(10, 9, 3))
        try store.moveStage(of: gone.id, .advance, by: Fixture.admin, now: Self.utc(11, 12, 3))
        try store.remove(.innovation, id: gone.id, note: "Salah catat", by: Fixture.admin, now: Self.utc(11, 13, 3))
        return fixture
    }

    /// Each month as `[in, approved, revisions, rejected, stage moves]`.
    func rows(_ trend: MonthlyTrend) -> [[Int]] {
        trend.months.map { [$0.proposals, $0.approved, $0.revisions, $0.rejected, $0.stageMoves] }
    }

    @Test("the city's months in WIB: the boundary, an undone decision and removed records")
    func city() throws {
        let fixture = try scenario()
        let first = try #require(october)
        let last = try #require(december)
        let trend = try fixture.store.monthlyTrend(agencyID: nil, from: first, to: last, timeZone: Self.jakarta)
        #expect(trend.months.map(\.month.description) == ["2026-10", "2026-11", "2026-12"])
        #expect(rows(trend) == [[1, 0, 0, 0, 1], [1, 0, 0, 1, 1], [1, 1, 1, 0, 1]])
        #expect(trend.total(.decisions) == 3)
    }

    @Test("the same store in UTC puts the proposal of 1 December 00:00 WIB in November")
    func utcBoundary() throws {
        let fixture = try scenario()
        let first = try #require(october)
        let last = try #require(december)
        let trend = try fixture.store.monthlyTrend(agencyID: nil, from: first, to: last, timeZone: .gmt)
        #expect(trend.values(.proposals) == [1, 2, 0])
    }

    @Test("a zone with summer time in the range (Auckland, from 27 September) still takes its own months")
    func summerTime() throws {
        let fixture = try scenario()
        let auckland = try #require(TimeZone(identifier: "Pacific/Auckland"))
        let first = try #require(YearMonth(year: 2026, month: 9))
        let last = try #require(december)
        let trend = try fixture.store.monthlyTrend(agencyID: nil, from: first, to: last, timeZone: auckland)
        // 30 November 16:59 and 17:00 UTC are both 1 December in New Zealand (UTC+13).
        #expect(trend.values(.proposals) == [0, 1, 0, 2])
        #expect(trend.values(.stageMoves) == [0, 1, 1, 1])
    }

    @Test("one OPD counts only its own proposals, decisions and innovations")
    func perAgency() throws {
        let fixture = try scenario()
        let first = try #require(october)
        let last = try #require(december)
        let dinkes = try fixture.store.monthlyTrend(
            agencyID: fixture.dinkes.id, from: first, to: last, timeZone: Self.jakarta)
        #expect(rows(dinkes) == [[0, 0, 0, 0, 0], [1, 0, 0, 0, 1], [1, 1, 1, 0, 1]])
        let disdik = try fixture.store.monthlyTrend(
            agencyID: fixture.disdik.id, from: first, to: last, timeZone: Self.jakarta)
        #expect(rows(disdik) == [[1, 0, 0, 0, 1], [0, 0, 0, 1, 0], [0, 0, 0, 0, 0]])
    }

    @Test("months without events are zeros, and a backward range is empty")
    func emptyMonths() throws {
        let fixture = try scenario()
        let first = try #require(YearMonth(year: 2025, month: 1))
        let last = try #require(YearMonth(year: 2025, month: 3))
        let quiet = try fixture.store.monthlyTrend(agencyID: nil, from: first, to: last, timeZone: Self.jakarta)
        #expect(rows(quiet) == Array(repeating: [0, 0, 0, 0, 0], count: 3))
        let backward = try fixture.store.monthlyTrend(agencyID: nil, from: last, to: first, timeZone: Self.jakarta)
        #expect(backward.months.isEmpty)
    }
}
