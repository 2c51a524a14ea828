import Foundation
import InovasiCore

@testable import InovasiTUI

/// Details with enough items to move a cursor through and to scroll, for the detail tests.
enum DetailFixtures {
    /// An innovation of OPD 2; every other one has a summary line under it.
    static func innovation(_ id: Int64, summary: Bool = false) -> Innovation {
        Innovation(
            id: id, title: "Inovasi nomor \(id)", agencyID: 2, divisionID: 10, form: .publicService, kind: .digital,
            stage: .trial, initiatorKind: .civilServant, initiatorName: "dr. Siti", affair: "kesehatan",
            isMain: id == 1, summary: summary ? "Ringkasan inovasi nomor \(id)." : "",
            startedOn: DashboardFixtures.now)
    }

    /// A proposal of OPD 2 with `id` and `title`.
    static func proposal(_ id: Int64, _ title: String) -> Proposal {
        var proposal = Fixtures.proposal()
        proposal.id = id
        proposal.title = title
        return proposal
    }

    /// OPD 2 with `innovations` innovations (the first two with summaries), two proposals, two
    /// bidang and one session.
    static func agency(innovations: Int = 2) -> AgencyDetail {
        AgencyDetail(
            agency: DashboardFixtures.agencies[1],
            innovations: (1...Int64(innovations)).map { innovation($0, summary: $0 <= 2) },
            proposals: [proposal(42, "Posyandu Digital"), proposal(43, "Antrean Puskesmas Daring")],
            divisions: [
                Division(id: 10, agencyID: 2, name: "Bidang Pelayanan Kesehatan"),
                Division(id: 11, agencyID: 2, name: "Bidang Sumber Daya Kesehatan"),
            ],
            divisionsWithMain: [10], sessions: [DashboardFixtures.sessions[0]])
    }

    /// A trend with the counts of ``trendCounts`` month by month (repeated past twelve months).
    static func trend(from first: YearMonth, to last: YearMonth) -> MonthlyTrend {
        var trend = MonthlyTrend(from: first, to: last)
        for index in trend.months.indices {
            trend.months[index].proposals = trendCounts.proposals[index % 12]
            trend.months[index].approved = trendCounts.approved[index % 12]
            trend.months[index].rejected = trendCounts.rejected[index % 12]
            trend.months[index].stageMoves = trendCounts.stageMoves[index % 12]
        }
        return trend
    }

    /// Twelve months of counts: the decisions are approvals plus rejections.
    static let trendCounts = (
        proposals: [0, 2, 1, 6, 3, 0, 0, 1, 2, 0, 1, 3], approved: [0, 0, 1, 2, 4, 1, 0, 0, 1, 1, 0, 2],
        rejected: [0, 0, 0, 1, 7, 0, 0, 0, 0, 0, 1, 0], stageMoves: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    )

    /// Proposal 42 with a design long enough to fill several screens, and two history entries.
    static func longProposal() -> ProposalDetail {
        var proposal = Fixtures.proposal()
        proposal.design = (1...80).map { "Kalimat rancang bangun nomor \($0)." }.joined(separator: " ")
        let history = [
            AuditEntry(
                id: 7, at: proposal.submittedAt, user: "siti.r", action: "proposal.submit", entity: "proposal",
                entityID: 42),
            AuditEntry(
                id: 8, at: proposal.submittedAt.addingTimeInterval(86_400), user: "budi.s", action: "proposal.take",
                entity: "proposal", entityID: 42, note: "Saya tinjau minggu ini."),
        ]
        return ProposalDetail(
            proposal: proposal, agencyName: "Dinas Kesehatan", divisionName: nil, assignee: "budi.s", scores: [],
            history: history)
    }

    /// 7 December 2026 with three sessions.
    static func sessionDay() -> SessionDayDetail {
        let sessions = [
            DashboardFixtures.session(id: 1, day: 7, hour: 8),
            DashboardFixtures.session(id: 4, day: 7, hour: 10, title: "Bimbingan Teknis Inovasi Digital"),
            DashboardFixtures.session(id: 5, day: 7, hour: 14, title: "Laboratorium Inovasi: Tahap Deliver"),
        ]
        return SessionDayDetail(
            day: CalendarDay(containing: DashboardFixtures.now, in: DashboardFixtures.zone), sessions: sessions,
            agencyNames: [2: "Dinas Kesehatan"],
            innovationTitles: [:])
    }
}
