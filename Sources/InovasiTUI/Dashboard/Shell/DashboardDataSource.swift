import Foundation
import InovasiCore

/// What the dashboard needs from the store; the executable adapts the real store to it, so the
/// UI never imports GRDB and tests can hand it an in-memory double.
public protocol DashboardDataSource: AnyObject {
    /// Per-OPD progress, aggregated by the store.
    func progress(now: Date, overdueDays: Int) throws -> [AgencyProgress]
    /// One reporting year's figures per OPD and for the city, in `timeZone`'s years.
    func yearFigures(year: ReportingYear, timeZone: TimeZone) throws -> YearReport
    /// One page of the review queue, oldest first, and the count of all rows matching.
    func queueRows(_ query: QueueQuery, now: Date, overdueDays: Int, offset: Int, limit: Int) throws -> [QueueItem]
    /// How many proposals match `query`; counted apart from the rows so typing a filter need not wait for it.
    func queueCount(_ query: QueueQuery, now: Date, overdueDays: Int) throws -> Int
    /// Mentoring sessions starting in `[from, to)`.
    func sessions(from: Date, to: Date) throws -> [MentoringSession]
    /// For each span between consecutive instants of `bounds`, whether a session starts in it.
    func sessionStarts(between bounds: [Date]) throws -> [Bool]
    /// At most `limit` sessions starting in `[from, to)` after the first `offset`, by start time.
    func sessions(startingFrom from: Date, to: Date, offset: Int, limit: Int) throws -> [MentoringSession]
    /// The first scheduled session starting in `[from, to)`.
    func nextSession(from: Date, to: Date) throws -> MentoringSession?
    /// The OPDs without a main innovation that no session (not cancelled) serves in `[from, to)`.
    func uncoveredAgencies(from: Date, to: Date) throws -> [Agency]
    /// Everything the OPD detail shows.
    func agencyDetail(id: Int64) throws -> AgencyDetail?
    /// Proposals in, decisions and stage moves per month of the window, of one OPD (nil: the city).
    func monthlyTrend(agencyID: Int64?, window: TrendWindow) throws -> MonthlyTrend
    /// Everything the proposal detail shows.
    func proposalDetail(id: Int64) throws -> ProposalDetail?
    /// Names of OPDs by id, for the calendar's session detail.
    func agencyNames(ids: [Int64]) throws -> [Int64: String]
    /// Titles of innovations by id, for the calendar's session detail.
    func innovationTitles(ids: [Int64]) throws -> [Int64: String]
    /// The role of a Unix user now; an admin may change it while the dashboard runs.
    func role(of user: String) throws -> Role?
    /// A window of the audit trail matching `query`, newest first, with the count of all matching.
    func auditPage(_ query: AuditQuery, offset: Int, limit: Int) throws -> AuditPage
    /// A number that changes whenever another connection commits (`PRAGMA data_version`).
    func dataVersion() throws -> Int
    /// Whether the data file is still the one opened; reopens a store that replaced it.
    func checkFile() -> DataFileStatus
}

extension DashboardDataSource {
    /// For each span between consecutive instants of `bounds`, whether a session starts in it (the
    /// month grid's marks). Sources without an index work it out from ``sessions(from:to:)``.
    public func sessionStarts(between bounds: [Date]) throws -> [Bool] {
        guard let first = bounds.first, let last = bounds.last, bounds.count > 1 else { return [] }
        let starts = try sessions(from: first, to: last).map(\.startsAt)
        return zip(bounds, bounds.dropFirst()).map { from, to in starts.contains { $0 >= from && $0 < to } }
    }

    /// At most `limit` sessions starting in `[from, to)` after the first `offset`, by start time: a
    /// page of the week or the agenda.
    public func sessions(startingFrom from: Date, to: Date, offset: Int, limit: Int) throws -> [MentoringSession] {
        let starting = try sessions(from: from, to: to).filter { $0.startsAt >= from && $0.startsAt < to }
        return Array(starting.dropFirst(offset).prefix(limit))
    }

    /// The first scheduled session starting in `[from, to)`, for the header.
    public func nextSession(from: Date, to: Date) throws -> MentoringSession? {
        try sessions(from: from, to: to).first { $0.status == .scheduled && $0.startsAt >= from && $0.startsAt < to }
    }

    /// The OPDs without a main innovation that no session (not cancelled) serves in `[from, to)`.
    /// Sources without a store work it out from the progress rows and the sessions.
    public func uncoveredAgencies(from: Date, to: Date) throws -> [Agency] {
        let progress = try progress(now: from, overdueDays: 0)
        return CoverageRule.uncovered(progress, sessions: try sessions(from: from, to: to)).map(\.agency)
    }

    /// Sources without dated records (tests, in-memory data) have an empty year.
    public func yearFigures(year: ReportingYear, timeZone: TimeZone) throws -> YearReport {
        YearReport(year: year, byAgency: [:], mentoring: MentoringYear())
    }

    /// Sources without a file (tests, in-memory data) never change under the screen.
    public func checkFile() -> DataFileStatus { .unchanged }

    /// Sources without an audit log (tests, in-memory data) show an empty trail.
    public func auditPage(_ query: AuditQuery, offset: Int, limit: Int) throws -> AuditPage {
        AuditPage(query: query, offset: offset, entries: [], total: 0)
    }

    /// One page of rows with the count of all matching rows, as far as the rows allow: a page
    /// shorter than asked ends the list there (``QueuePage/total(counted:offset:loaded:limit:)``), so
    /// a count that disagrees with the rows never sends the dashboard after rows that do not exist.
    public func queuePage(_ query: QueueQuery, now: Date, overdueDays: Int, offset: Int, limit: Int) throws
        -> QueuePage
    {
        let items = try queueRows(query, now: now, overdueDays: overdueDays, offset: offset, limit: limit)
        let counted = try queueCount(query, now: now, overdueDays: overdueDays)
        let total = QueuePage.total(counted: counted, offset: offset, loaded: items.count, limit: limit)
        return QueuePage(offset: offset, items: items, total: total)
    }
}
