import Foundation
import InovasiCore

@testable import InovasiTUI

/// An in-memory data source: the dashboard's view of a store, for runtime tests.
final class DashboardFakeData: DashboardDataSource {
    var progressRows = DashboardFixtures.progress
    var queue = DashboardFixtures.queueItems(count: 30)
    var allSessions = DashboardFixtures.sessions
    var version = 1
    var failing = false
    private(set) var queueRequests: [(offset: Int, limit: Int)] = []
    var queueRequestCount: Int { queueRequests.count }
    private(set) var countRequests = 0

    struct Unreadable: Error, CustomStringConvertible {
        var description: String { "disk I/O error" }
    }

    /// An error that knows its message in both languages, as the store's errors do.
    struct Locked: ReviewRefusal, CustomStringConvertible {
        var description: String { "locked(path: \"/srv/inovasi.sqlite\")" }
        func message(_ language: Language) -> String {
            language == .id ? "Berkas dikunci program lain." : "The file is locked by another program."
        }
    }

    /// What the failing reads throw.
    var failure: any Error = Unreadable()

    /// The years read (`y`), in order; each gives ``ProgressYearTests/figures(_:)``.
    private(set) var yearsRead: [ReportingYear] = []

    func yearFigures(year: ReportingYear, timeZone: TimeZone) throws -> YearReport {
        if failing { throw failure }
        yearsRead.append(year)
        return ProgressYearTests.figures(year)
    }

    func progress(now: Date, overdueDays: Int) throws -> [AgencyProgress] {
        if failing { throw failure }
        return progressRows
    }

    func matching(_ query: QueueQuery) -> [QueueItem] {
        queue.filter {
            query.statuses.contains($0.status)
                && (query.text.isEmpty || $0.title.localizedCaseInsensitiveContains(query.text))
        }
    }

    func queueRows(_ query: QueueQuery, now: Date, overdueDays: Int, offset: Int, limit: Int) throws -> [QueueItem] {
        if failing { throw failure }
        queueRequests.append((offset, limit))
        return Array(matching(query).dropFirst(offset).prefix(limit))
    }

    func queueCount(_ query: QueueQuery, now: Date, overdueDays: Int) throws -> Int {
        if failing { throw failure }
        countRequests += 1
        return matching(query).count
    }

    func sessions(from: Date, to: Date) throws -> [MentoringSession] {
        allSessions.filter { $0.startsAt >= from && $0.startsAt < to }
    }

    func agencyDetail(id: Int64) throws -> AgencyDetail? {
        guard let agency = DashboardFixtures.agencies.first(where: { $0.id == id }) else { return nil }
        let division = Division(id: 10, agencyID: id, name: "Bidang Pelayanan Kesehatan")
        let innovation = Innovation(
            id: 5, title: "Posyandu Digital", agencyID: id, divisionID: 10, form: .publicService, kind: .digital,
            stage: .trial, initiatorKind: .civilServant, initiatorName: "dr. Siti", affair: "kesehatan", isMain: true,
            summary: "Pencatatan tumbuh kembang balita di posyandu lewat aplikasi.", startedOn: DashboardFixtures.now)
        return AgencyDetail(
            agency: agency, innovations: [innovation], proposals: [Fixtures.proposal()],
            divisions: [division, Division(id: 11, agencyID: id, name: "Bidang Sumber Daya Kesehatan")],
            divisionsWithMain: [10], sessions: [DashboardFixtures.sessions[0]])
    }

    /// A trend of known counts over the window, the same whatever the OPD.
    func monthlyTrend(agencyID: Int64?, window: TrendWindow) throws -> MonthlyTrend {
        DetailFixtures.trend(from: window.first, to: window.last)
    }

    func proposalDetail(id: Int64) throws -> ProposalDetail? {
        var proposal = Fixtures.proposal()
        proposal.id = id
        let score = ReviewScore(
            proposalID: id, reviewer: "budi.s",
            values: [.renewal: 4, .benefit: 5, .noUndueBurden: 4, .withinAuthority: 5, .replicable: 3],
            note: "Layak diuji coba di dua puskesmas.", scoredAt: DashboardFixtures.now)
        let history = [
            AuditEntry(
                id: 1, at: proposal.submittedAt, user: "siti.r", action: "proposal.submit", entity: "proposal",
                entityID: id),
            AuditEntry(
                id: 2, at: proposal.submittedAt.addingTimeInterval(86_400), user: "budi.s", action: "proposal.take",
                entity: "proposal", entityID: id),
        ]
        return ProposalDetail(
            proposal: proposal, agencyName: "Dinas Kesehatan", divisionName: nil, assignee: "budi.s", scores: [score],
            history: history)
    }

    func agencyNames(ids: [Int64]) throws -> [Int64: String] {
        Dictionary(
            uniqueKeysWithValues: DashboardFixtures.agencies.filter { ids.contains($0.id) }.map { ($0.id, $0.name) })
    }

    func innovationTitles(ids: [Int64]) throws -> [Int64: String] { [:] }

    var roles: [String: Role] = ["rina.h": .reviewer]
    /// What ``checkFile()`` reports; how often it was asked.
    var fileStatus = DataFileStatus.unchanged
    private(set) var fileChecks = 0

    func checkFile() -> DataFileStatus {
        fileChecks += 1
        return fileStatus
    }

    func role(of user: String) throws -> Role? { roles[user] }

    func dataVersion() throws -> Int {
        if failing { throw failure }
        return version
    }
}
