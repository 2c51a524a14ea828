import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// Adapts the SQLite store to what the dashboard asks for; the UI never sees GRDB.
///
/// It lives in its own module so the program and the benchmark drive the same wiring.
public final class StoreDashboardSource: DashboardDataSource {
    /// The open store every read and change goes to; replaced when another file takes its path.
    public private(set) var store: Store
    /// The Unix user every change is made as.
    public let actor: String
    /// The zone times in refusals are shown in.
    public let zone: TimeZone
    /// Weights of the configured review rules, for the queue's score column and order.
    /// Replaced when the dashboard reads its config file again (`Ctrl-R`).
    public var scoring: ScoringRules
    /// Follows the store's path, so a renamed, cut or replaced file is noticed.
    private var watch: StoreFileWatch

    /// Wraps an open store for `actor` (the Unix user running the program).
    public init(
        store: Store, actor: String = Store.currentUserName(), zone: TimeZone = .gmt,
        scoring: ScoringRules = .standard
    ) {
        self.store = store
        self.actor = actor
        self.zone = zone
        self.scoring = scoring
        self.watch = StoreFileWatch(path: store.path)
    }

    /// Per-OPD progress, aggregated in SQL by the store.
    public func progress(now: Date, overdueDays: Int) throws -> [AgencyProgress] {
        try store.progress(now: now, overdueDays: overdueDays)
    }

    /// One reporting year's figures, in a few SQL queries (``Store/yearFigures(year:timeZone:)``).
    public func yearFigures(year: ReportingYear, timeZone: TimeZone) throws -> YearReport {
        try store.yearFigures(year: year, timeZone: timeZone)
    }

    /// One window of the review queue, oldest first unless the query sorts otherwise.
    public func queueRows(_ query: QueueQuery, now: Date, overdueDays: Int, offset: Int, limit: Int) throws
        -> [InovasiTUI.QueueItem]
    {
        let filter = try queueFilter(query)
        let rows = try store.queue(
            filter, now: now, overdueDays: overdueDays, scoring: scoring, offset: offset, limit: limit)
        return rows.map {
            var item = InovasiTUI.QueueItem(
                id: $0.id, title: $0.title, agencyID: $0.agencyID, agencyCode: $0.agencyCode,
                agencyName: $0.agencyName, status: $0.status, submittedAt: $0.submittedAt, assignee: $0.assignee,
                version: $0.version, score: $0.score)
            item.unmet = $0.unmet
            return item
        }
    }

    /// How many proposals the query matches, counted in SQL.
    public func queueCount(_ query: QueueQuery, now: Date, overdueDays: Int) throws -> Int {
        try store.queueCount(try queueFilter(query), now: now, overdueDays: overdueDays, scoring: scoring)
    }

    /// Mentoring sessions overlapping the range, by start time.
    public func sessions(from: Date, to: Date) throws -> [MentoringSession] {
        try store.sessions(from: from, to: to)
    }

    /// Whether a session starts between consecutive bounds: index probes, one a day of the grid.
    public func sessionStarts(between bounds: [Date]) throws -> [Bool] {
        try store.sessionStarts(between: bounds)
    }

    /// One page of the sessions starting in the range, by start time.
    public func sessions(startingFrom from: Date, to: Date, offset: Int, limit: Int) throws -> [MentoringSession] {
        try store.sessions(startingFrom: from, to: to, offset: offset, limit: limit)
    }

    /// The next scheduled session starting in the range: one row.
    public func nextSession(from: Date, to: Date) throws -> MentoringSession? {
        try store.nextSession(from: from, to: to)
    }

    /// The OPDs mentoring has not reached in the range, in one SQL query.
    public func uncoveredAgencies(from: Date, to: Date) throws -> [Agency] {
        try store.uncoveredAgencies(from: from, to: to)
    }

    /// The OPD with its innovations, proposals, bidang (and which run a main innovation) and sessions.
    public func agencyDetail(id: Int64) throws -> AgencyDetail? {
        guard let agency = try store.agency(id: id) else { return nil }
        let innovations = try store.innovations(agencyID: id)
        let withMain = Set(innovations.filter(\.isMain).compactMap(\.divisionID))
        return AgencyDetail(
            agency: agency, innovations: innovations, proposals: try store.proposals(agencyID: id),
            divisions: try store.divisions(agencyID: id), divisionsWithMain: withMain,
            sessions: try store.sessions(agencyID: id))
    }

    /// The OPD's (or, with nil, the city's) monthly trend over the window, in one grouped query.
    public func monthlyTrend(agencyID: Int64?, window: TrendWindow) throws -> MonthlyTrend {
        try store.monthlyTrend(agencyID: agencyID, from: window.first, to: window.last, timeZone: window.timeZone)
    }

    /// A page of the audit trail, newest first, and the count of all matching entries.
    public func auditPage(_ query: AuditQuery, offset: Int, limit: Int) throws -> AuditPage {
        let filter = AuditFilter(entity: query.entity, entityID: query.entityID, user: query.user)
            .containing(query.text)
        return try refusing { () throws(StoreError) in
            AuditPage(
                query: query, offset: offset,
                entries: try store.auditPage(matching: filter, offset: offset, limit: limit),
                total: try store.auditCount(matching: filter))
        }
    }

    /// The proposal in full with its OPD and bidang names, reviewer, scores and audit history.
    public func proposalDetail(id: Int64) throws -> ProposalDetail? {
        guard let proposal = try store.proposal(id: id) else { return nil }
        let agencyName = try store.agency(id: proposal.agencyID)?.name ?? "#\(proposal.agencyID)"
        let divisionName = try proposal.divisionID.flatMap { divisionID in
            try store.divisions(agencyID: proposal.agencyID).first { $0.id == divisionID }?.name
        }
        return ProposalDetail(
            proposal: proposal, agencyName: agencyName, divisionName: divisionName,
            assignee: try store.assignee(proposalID: id), scores: try store.scores(proposalID: id),
            history: try store.proposalHistory(proposalID: id))
    }

    /// Names of the given OPDs, for the sessions of a day.
    public func agencyNames(ids: [Int64]) throws -> [Int64: String] {
        let wanted = Set(ids)
        let pairs = try store.agencies().filter { wanted.contains($0.id) }.map { ($0.id, $0.name) }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// Titles of the given innovations, for the sessions of a day: only those rows, never every
    /// innovation (they grow with the approved proposals).
    public func innovationTitles(ids: [Int64]) throws -> [Int64: String] {
        let pairs = try store.innovationNames(ids: ids).map { ($0.id, $0.title) }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// The user's role now, re-read when the data change (an admin may change it meanwhile).
    public func role(of user: String) throws -> Role? {
        try store.user(named: user)?.role
    }

    /// SQLite's data version on the store's long-lived connection: changes when another process commits.
    public func dataVersion() throws -> Int {
        try store.dataVersion()
    }

    /// Whether the store's file is still at its path; a store that replaced it is opened instead.
    public func checkFile() -> DataFileStatus {
        watch.check(&store)
    }

    /// The store's filter for the dashboard's query; an unknown OPD code matches nothing.
    func queueFilter(_ query: QueueQuery) throws -> Store.QueueFilter {
        var filter = Store.QueueFilter()
        filter.statuses = query.statuses
        filter.text = query.text.isEmpty ? nil : query.text
        filter.forms = query.forms
        filter.kinds = query.kinds
        filter.overdueOnly = query.overdueOnly
        filter.descending = query.descending
        switch query.assignee {
        case .anyone: filter.assignee = .anyone
        case .unassigned: filter.assignee = .unassigned
        case .mine: filter.assignee = .user(actor)
        }
        switch query.sort {
        case .age: filter.sort = .age
        case .score: filter.sort = .score
        case .agency: filter.sort = .agency
        case .title: filter.sort = .title
        }
        if !query.agencyCode.isEmpty {
            guard let agency = try store.agency(code: query.agencyCode) else {
                filter.statuses = []
                return filter
            }
            filter.agencyID = agency.id
        }
        return filter
    }
}
