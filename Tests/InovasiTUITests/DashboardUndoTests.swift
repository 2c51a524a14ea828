import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// `u` says what it undid and asks first when it would undo a decision (issue 12, point 4).
@Suite("Undo asks and tells")
struct DashboardUndoTests {
    typealias Harness = DashboardReviewTests.Harness

    func entry(_ action: String) -> AuditEntry {
        AuditEntry(
            at: DashboardFixtures.now.addingTimeInterval(-600), user: "rina.h", action: action, entity: "proposal",
            entityID: 1)
    }

    @Test("undoing a decision asks first, naming the decision, the proposal and you; n keeps it")
    func asksBeforeUndoingADecision() {
        let harness = Harness()
        harness.desk.undoableEntry = entry("proposal.approve")
        harness.press(.character("u"))
        #expect(harness.screen.contains("Batalkan persetujuan #1 oleh Anda pukul"))
        #expect(harness.desk.calls.isEmpty)
        harness.press(.character("n"))
        #expect(harness.state.form == nil)
        #expect(harness.desk.calls.isEmpty)
        harness.press(.character("u"), .character("y"))
        #expect(harness.desk.calls == [.undo(1)])
        #expect(harness.screen.contains("Dibatalkan: persetujuan #1 oleh Anda pukul"))
    }

    @Test("the question and the message in English")
    func english() {
        let harness = Harness()
        harness.press(.character("L"))
        harness.desk.undoableEntry = entry("proposal.reject")
        harness.press(.character("u"))
        #expect(harness.screen.contains("Undo the rejection of #1 by you at"))
        harness.press(.enter)
        #expect(harness.screen.contains("Undid the rejection of #1 by you at"))
    }

    @Test("undoing a take asks nothing and says what it undid")
    func takeUndoneAtOnce() {
        let harness = Harness()
        harness.desk.undoableEntry = entry("proposal.take")
        harness.press(.character("u"))
        #expect(harness.desk.calls == [.undo(1)])
        #expect(harness.screen.contains("Dibatalkan: pengambilan #1 oleh Anda pukul"))
    }
}
