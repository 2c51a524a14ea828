import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import Testing

@testable import InovasiTUI

/// The dashboard's history of a proposal shows every event `inovasi review history` shows (both
/// read `Store.proposalHistory`), scoring included, and an undo in words, never its raw note.
@Suite("Proposal history: dashboard and command line alike")
struct StoreHistoryCompletenessTests {
    @Test func theDetailShowsEveryEventOfTheHistoryInWords() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        let store = fixture.store
        _ = try store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        let values = Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 4) })
        for reviewer in [Fixture.reviewer, Fixture.dinkesReviewer] {
            try store.saveScore(
                ReviewScore(proposalID: proposal.id, reviewer: reviewer, values: values, scoredAt: Fixture.now),
                by: reviewer)
        }
        _ = try store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "Layak", by: Fixture.reviewer)
        _ = try store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)

        let events = try store.proposalHistory(proposalID: proposal.id)
        #expect(events.filter { $0.action == "score.save" }.count == 2)
        #expect(events.contains { $0.action == "proposal.undo" })
        let source = StoreDashboardSource(store: fixture.store, actor: Fixture.reviewer)
        let detail = try #require(try source.proposalDetail(id: proposal.id))
        #expect(detail.history.map(\.id) == events.map(\.id))

        let context = DashboardContext(
            cityName: "Kota Cilegon", userName: Fixture.reviewer, role: .reviewer, dataPath: "/tmp/x.sqlite",
            isDemo: false, isReadOnly: false, timeZone: TimeZone(identifier: "Asia/Jakarta") ?? .gmt, overdueDays: 14)
        for language in [Language.id, .en] {
            let state = DashboardState(
                context: context, language: language, size: Size(width: 160, height: 48), now: Fixture.now,
                themeName: "default")
            let lines = ProposalDocument.lines(detail, state: state, width: 150).map(\.plainText)
            for event in events {
                let action = event.actionText.text(language)
                #expect(lines.contains { $0.contains(event.user) && $0.contains(action) }, "\(event.action)")
            }
            #expect(!lines.contains { $0.contains("undo of") })
            let undone = AuditActionText.past(.approve).text(language)
            #expect(lines.contains { $0.contains(undone) && $0.contains(language == .id ? "membatalkan" : "undoing") })
        }
    }
}
