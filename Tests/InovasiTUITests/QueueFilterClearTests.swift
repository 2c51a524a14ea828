import InovasiCore
import Testing

@testable import InovasiTUI

/// `Esc` on the queue pane clears what narrows it, one layer per press, keeping the order.
@Suite("Esc clears the queue's filter")
struct QueueFilterClearTests {
    typealias Harness = DashboardReviewTests.Harness

    @Test("Esc clears the typed filter, then the filter form's choices; the order stays")
    func escClearsLayers() {
        let harness = Harness()
        harness.press(.character("f"), .down)
        harness.type("damkar")
        harness.press(.enter)
        harness.press(.character("S"))
        let descending = harness.state.queue.query.descending
        harness.press(.character("/"))
        harness.type("relawan")
        harness.press(.enter)
        #expect(harness.state.queue.query.text == "relawan")
        #expect(harness.state.queue.query.agencyCode == "DAMKAR")
        harness.press(.escape)
        #expect(harness.state.queue.query.text == "")
        #expect(harness.state.queue.query.agencyCode == "DAMKAR")
        harness.press(.escape)
        #expect(harness.state.queue.query.agencyCode == "")
        #expect(!harness.state.queue.query.isFiltered)
        #expect(harness.state.queue.query.descending == descending)
        #expect(harness.state.queue.total == 30, "the whole queue is listed again")
    }
}
