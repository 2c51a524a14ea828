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

    /// The Indonesian number after `label` ("jumlah skor SID 2.345,5" → 2345.5).
    static func decimal(after label: String, in screen: String) -> Double? {
        guard let range = screen.range(of: label) else { return nil }
        let text = screen[range.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "," }
        return Double(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
    }

    @Test("b opens an innovation's checklist; a level saved with evidence raises its SID score in the planner (i)")
    func checklistThenPlanner() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "3 Antrean Usulan")
        try session.tmux.sendKeys(.text("i"))
        let before = try session.tmux.waitFor(text: "jumlah skor SID")
        let sumBefore = try #require(Self.decimal(after: "jumlah skor SID ", in: before))
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
        // The first indicator still at level 0 (the demo has evidence for some): its row and weight.
        let rows = form.split(separator: "\n").filter { $0.contains(" ×") && $0.contains("]") }
        let row = try #require(rows.indices.first { $0 > 0 && rows[$0].contains("[0] 1  2  3") })
        let weight = try #require(Self.number(after: " ×", in: String(rows[row])))
        for _ in 0..<row { try session.tmux.sendKeys(.down) }
        try session.tmux.sendKeys(.text("1"), .up, .enter, .text("sk-tim-e2e.pdf"), .enter, .enter)
        try session.tmux.waitFor(text: "Skor SID: \(score + weight) dari 111")
        try session.tmux.sendKeys(.named("Tab"), .enter)
        try session.tmux.waitFor(text: "disimpan: 1 indikator diubah")
        try session.tmux.sendKeys(.text("i"))
        let raised = { (line: Substring) in line.contains("SID \(score + weight)/111 ") && line.contains(title) }
        let planner = try session.tmux.waitUntil("the raised SID score") {
            $0.split(separator: "\n").contains(where: raised)
        }
        #expect(planner.contains("Perencana IID"))
        let lines = planner.split(separator: "\n").map(String.init)
        let found = try #require(lines.firstIndex { raised(Substring($0)) })
        let block = lines[(found + 1)...].prefix { !$0.contains("/111 ") }
        if !block.contains(where: { $0.contains("tidak dikirim") }) {
            #expect(Self.decimal(after: "jumlah skor SID ", in: planner) == sumBefore + Double(weight))
        }
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }
}
