import Foundation
import TestSupport
import Testing

/// The IID checklist and planner in the real dashboard, through tmux, on the demo store: a level
/// set with its evidence from an innovation's checklist shows in the planner's estimate.
@Suite("IID checklist and planner, end to end", .serialized)
struct IIDDashboardEndToEndTests {
    /// The number after `label` on `screen` ("jumlah skor SID 234" → 234).
    static func number(after label: String, in screen: String) -> Int? {
        guard let range = screen.range(of: label) else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("b opens an innovation's checklist; a level saved with evidence raises its SID score in the planner (i)")
    func checklistThenPlanner() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "3 Antrean Usulan")
        try session.tmux.sendKeys(.text("i"))
        let before = try session.tmux.waitFor(text: "jumlah skor SID")
        let sumBefore = try #require(Self.number(after: "jumlah skor SID ", in: before))
        try session.tmux.sendKeys(.escape, .text("/"), .text("bkpsdm"), .enter)
        try session.tmux.waitFor(text: "BKPSDM")
        try session.tmux.sendKeys(.enter)
        try session.tmux.waitFor(text: "Inovasi (")
        // The third innovation of the demo's BKPSDM is sent (penerapan inside the window).
        try session.tmux.sendKeys(.text("j"), .text("j"), .text("b"))
        let form = try session.tmux.waitFor(text: "Checklist IID")
        let titleLine = try #require(form.split(separator: "\n").first { $0.contains("Checklist IID") })
        let title = try #require(
            titleLine.components(separatedBy: " · ").dropFirst().first?.trimmingCharacters(in: .whitespaces))
        let score = try #require(Self.number(after: "Skor SID: ", in: form))
        try session.tmux.sendKeys(.down, .text("1"), .up, .enter, .text("sk-tim-e2e.pdf"), .enter, .enter)
        try session.tmux.waitFor(text: "Skor SID: \(score + 2) dari 111")
        try session.tmux.sendKeys(.named("Tab"), .enter)
        try session.tmux.waitFor(text: "disimpan: 1 indikator diubah")
        try session.tmux.sendKeys(.text("i"))
        let planner = try session.tmux.waitFor(text: "SID \(score + 2)/111   \(title)")
        #expect(planner.contains("Perencana IID"))
        let lines = planner.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("SID \(score + 2)/111   \(title)") })
        let block = lines[(row + 1)...].prefix { !$0.contains("/111 ") }
        if !block.contains(where: { $0.contains("tidak dikirim") }) {
            #expect(Self.number(after: "jumlah skor SID ", in: planner) == sumBefore + 2)
        }
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }
}
