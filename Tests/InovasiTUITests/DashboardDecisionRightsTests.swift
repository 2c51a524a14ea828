import InovasiCore
import Testing

@testable import InovasiTUI

/// The dashboard asks ``ReviewAct/refusal(for:holder:)`` before the store: only the holder or an
/// admin decides; an external member of the tim independen only scores (issue 12, point 2).
@Suite("Decision rights in the dashboard")
struct DashboardDecisionRightsTests {
    typealias Harness = DashboardReviewTests.Harness

    @Test("d on a proposal another reviewer holds is refused before the store is asked; s still scores")
    func notHolder() {
        let harness = Harness(holder: "budi.s")
        harness.press(.character("d"))
        #expect(harness.state.form == nil)
        #expect(harness.screen.contains("Usulan #1 dipegang budi.s: hanya dia atau admin yang memutuskan"))
        #expect(harness.desk.calls.isEmpty)
        harness.press(.character("s"))
        guard case .score = harness.state.form else {
            Issue.record("the scoring form did not open")
            return
        }
    }

    @Test("an admin decides a proposal another reviewer holds")
    func adminDecides() {
        let harness = Harness(role: .admin, holder: "budi.s")
        harness.press(.character("d"), .enter)
        #expect(harness.screen.contains("Setujui usulan #1"))
    }

    @Test("an external member is refused taking and deciding, but scores")
    func externalMember() {
        let harness = Harness(holder: "budi.s", isExternal: true)
        harness.press(.character("t"))
        harness.press(.character("d"))
        #expect(harness.state.form == nil)
        #expect(harness.screen.contains("Anggota eksternal tim independen hanya menilai"))
        #expect(harness.desk.calls.isEmpty)
        harness.press(.character("s"))
        guard case .score = harness.state.form else {
            Issue.record("the scoring form did not open")
            return
        }
    }

    @Test("the administration view names an external member instead of an OPD")
    func adminViewShowsExternal() {
        let data = AdminData(
            agencies: DashboardFixtures.agencies,
            users: [User(name: "prof.hadi", role: .reviewer, isExternal: true), User(name: "budi.s", role: .reviewer)])
        let lines = AdminDocument.lines(data, state: DashboardFixtures.state(), width: 120)
        let text = lines.map { $0.spans.map(\.text).joined() }
        #expect(text.contains { $0.contains("prof.hadi") && $0.contains("anggota eksternal tim independen") })
        #expect(!text.contains { $0.contains("budi.s") && $0.contains("eksternal") })
    }
}
