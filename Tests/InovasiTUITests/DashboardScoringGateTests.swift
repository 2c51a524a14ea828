import InovasiCore
import Testing

@testable import InovasiTUI

/// Every criterion is a gate (issue 12, point 1): the scoring form, the saved message and the
/// queue's score cell say which criteria are not met, whatever the weighted mean.
@Suite("The scoring gate in the dashboard")
struct DashboardScoringGateTests {
    typealias Harness = DashboardReviewTests.Harness

    @Test("5, 5, 5, 1, 5 shows 4,20 but not met on kewenangan, in the form and when saved")
    func formAndFlash() throws {
        let harness = Harness()
        harness.press(.character("s"))
        harness.type("55515")
        #expect(harness.screen.contains("Nilai tertimbang: 4,20 — tidak terpenuhi: kewenangan (≥ 3,50)"))
        harness.press(.enter)
        #expect(harness.screen.contains("Nilai usulan #1 disimpan: 4,20, tidak terpenuhi: kewenangan."))
    }

    @Test("the queue's score cell keeps the mean and marks a criterion not met with ✗")
    func queueCell() {
        var item = DashboardFixtures.queueItems(count: 1)[0]
        item.score = 4.2
        #expect(QueueScoreCell.cell(item, .id) == TableCell("4,2"))
        item.unmet = [.withinAuthority]
        #expect(QueueScoreCell.cell(item, .id) == TableCell("4,2✗", role: .error))
        item.score = nil
        #expect(QueueScoreCell.cell(item, .en) == TableCell("—"))
    }

    @Test("the recommendation's words in both languages")
    func words() {
        #expect(
            ReviewFormView.verdictText(.notMet([.renewal, .withinAuthority]), .en) == "not met: renewal, authority")
        #expect(ReviewFormView.verdictText(.approve, .id) == "disarankan DISETUJUI")
        #expect(ReviewFormView.verdictText(.belowThreshold, .en) == "below the threshold")
        #expect(ReviewFormView.verdictText(nil, .en) == "…")
    }
}
