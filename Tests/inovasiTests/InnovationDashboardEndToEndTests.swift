import Foundation
import TestSupport
import Testing

/// An office's own store (`init --city cilegon`) in the real dashboard, through tmux: the
/// innovation keys of an OPD's detail change what the OPD table counts.
@Suite("Innovations in the dashboard, end to end", .serialized)
struct InnovationDashboardEndToEndTests {
    @Test("an innovation moved to penerapan changes its OPD's counts, and setting it main turns ✗ into ✓")
    func stageAndMainChangeTheTable() throws {
        let sandbox = try CLISandbox()
        let store = sandbox.path("cilegon.sqlite")
        let created = try sandbox.run(["init", "--city", "cilegon", "--data", store])
        #expect(created.status == 0, "\(created.stderr)")
        let added = try sandbox.run([
            "innovation", "add", "--data", store, "--opd", "Dinkes", "--title", "Posyandu Digital", "--form",
            "pelayanan publik", "--kind", "digital", "--affair", "kesehatan", "--started", "2026-03-02",
        ])
        #expect(added.status == 0, "\(added.stderr)")

        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "3 Antrean Usulan")
        try session.tmux.sendKeys(.text("/"), .text("dinkes"), .enter)
        let before = try session.tmux.waitUntil("the Dinkes row with one inisiatif") {
            Self.row($0)?.hasPrefix("1") == true
        }
        #expect(Self.row(before)?.contains("✗") == true, "\(before)")
        try session.tmux.sendKeys(.enter)
        try session.tmux.waitFor(text: "Posyandu Digital  Inisiatif")
        try session.tmux.sendKeys(.text(">"))
        try session.tmux.waitFor(text: "Posyandu Digital  Uji Coba")
        try session.tmux.sendKeys(.text(">"))
        try session.tmux.waitFor(text: "Posyandu Digital  Penerapan")
        try session.tmux.sendKeys(.text("m"))
        try session.tmux.waitFor(text: "kini inovasi utama")
        try session.tmux.sendKeys(.escape)
        let after = try session.tmux.waitUntil("the Dinkes row with one penerapan and ✓") {
            Self.row($0).map { $0.hasPrefix("0     0     1") && $0.contains("✓") } ?? false
        }
        #expect(Self.row(after)?.contains("✗") == false)
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    /// The counts of the Dinas Kesehatan row, from its first number on (inisiatif, uji coba, …).
    static func row(_ screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("Dinas Kesehatan") }),
            let name = line.range(of: "Dinas Kesehatan")
        else { return nil }
        return line[name.upperBound...].trimmingCharacters(in: .whitespaces)
    }
}
