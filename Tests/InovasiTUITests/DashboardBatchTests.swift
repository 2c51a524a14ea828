import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// Marks mean the same everywhere (issue 12, point 3): hints and confirmations count them, `d`
/// decides them all at once, reassigning asks first, `Esc` clears them, `u` undoes the batch.
@Suite("Bulk review keys on marked proposals")
struct DashboardBatchTests {
    typealias Harness = DashboardReviewTests.Harness

    /// Marks the first three rows with Space.
    func markThree(_ harness: Harness) {
        harness.press(.character(" "), .character(" "), .character(" "))
        #expect(harness.state.queue.marks.count == 3)
    }

    @Test("with marks the hints say how many t and d act on, and that s scores the cursor row")
    func hintsCount() {
        let harness = Harness(role: .admin)
        #expect(!harness.screen.contains("tertanda"))
        markThree(harness)
        #expect(harness.screen.contains("3 tertanda"))
        #expect(harness.screen.contains("(baris kursor)"))
        harness.press(.character("L"))
        #expect(harness.screen.contains("3 marked"))
    }

    @Test("d with marks: one form, one confirmation listing them, one call for all")
    func bulkDecide() {
        let harness = Harness(role: .admin)
        markThree(harness)
        harness.press(.character("d"))
        #expect(harness.screen.contains("Keputusan untuk 3 usulan tertanda"))
        harness.press(.enter)
        #expect(harness.screen.contains("Setujui 3 usulan tertanda: #1, #2, #3?"))
        harness.press(.character("y"))
        #expect(harness.desk.calls == [.decideAll(.approve, [1: 1, 2: 1, 3: 1], "")])
        #expect(harness.screen.contains("3 usulan disetujui: #1, #2, #3."))
        #expect(harness.state.queue.marks.isEmpty)
    }

    @Test("d with marks is refused naming a marked proposal another reviewer holds")
    func bulkDecideChecksHolder() {
        let harness = Harness(role: .reviewer, holder: "budi.s")
        markThree(harness)
        harness.press(.character("d"))
        #expect(harness.state.form == nil)
        #expect(harness.desk.calls.isEmpty)
        #expect(harness.screen.contains("#1"))
    }

    @Test("reassigning a proposal held by another reviewer asks first, naming it; n leaves it")
    func reassignPrompt() {
        let harness = Harness(role: .admin)
        markThree(harness)
        harness.press(.character("a"))
        harness.press(.enter)
        #expect(harness.screen.contains("#1 dipegang rina.h. Pindahkan ke budi.s?"))
        harness.press(.character("n"))
        #expect(harness.desk.calls.isEmpty)
    }

    @Test("assigning to the reviewer who already holds them asks nothing")
    func assignSameHolder() {
        let harness = Harness(role: .admin, holder: "budi.s")
        markThree(harness)
        harness.press(.character("a"), .enter)
        #expect(harness.desk.calls == [.assign([1, 2, 3], "budi.s", [1: 1, 2: 1, 3: 1])])
    }

    @Test("Esc in the queue clears the marks first, the filter only after")
    func escapeClearsMarks() {
        let harness = Harness(role: .admin)
        markThree(harness)
        harness.press(.escape)
        #expect(harness.state.queue.marks.isEmpty)
        #expect(!harness.screen.contains("3 tertanda"))
        harness.press(.character("t"))
        #expect(harness.desk.calls == [.take(4, 1)])
    }

    @Test("u right after a bulk action undoes the whole batch; after that, the cursor row again")
    func undoBatch() {
        let harness = Harness(role: .admin)
        markThree(harness)
        harness.press(.character("t"))
        #expect(harness.state.queue.lastBatch == [1, 2, 3])
        #expect(StatusView.hints(harness.state).contains { $0.label == "batalkan tindakan terakhir 3 sekaligus" })
        harness.press(.character("u"))
        #expect(harness.desk.calls.last == .undoAll([1, 2, 3]))
        #expect(harness.screen.contains("dibatalkan sekaligus: #1, #2, #3"))
        harness.press(.character("u"))
        #expect(harness.desk.calls.last == .undo(4))
    }
}
