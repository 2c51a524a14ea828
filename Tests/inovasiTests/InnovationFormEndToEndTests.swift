import Foundation
import TestSupport
import Testing

/// The innovation form and the audit view in the real dashboard, through tmux, on an office's own
/// store (`init --city cilegon`).
@Suite("Innovation form and audit view, end to end", .serialized)
struct InnovationFormEndToEndTests {
    @Test("+ in an OPD's detail adds an innovation through the form; H shows the change in the audit view")
    func addThroughTheFormThenSeeItAudited() throws {
        let sandbox = try CLISandbox()
        let store = sandbox.path("cilegon.sqlite")
        let created = try sandbox.run(["init", "--city", "cilegon", "--data", store])
        #expect(created.status == 0, "\(created.stderr)")

        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "3 Antrean Usulan")
        try session.tmux.sendKeys(.text("/"), .text("dinkes"), .enter)
        try session.tmux.waitFor(text: "Dinas Kesehatan")
        try session.tmux.sendKeys(.enter)
        try session.tmux.waitFor(text: "═ Dinas Kesehatan ═")
        try session.tmux.sendKeys(.text("+"))
        try session.tmux.waitFor(text: "Inovasi baru")
        try session.tmux.sendKeys(.text("Layanan Lansia Terpadu"))
        for _ in 0..<6 { try session.tmux.sendKeys(.named("Tab")) }
        try session.tmux.sendKeys(.text("kesehatan"), .enter)
        try session.tmux.waitFor(text: "Layanan Lansia Terpadu  Inisiatif")
        try session.tmux.waitFor(text: "ditambahkan")

        try session.tmux.sendKeys(.escape, .escape)
        try session.tmux.sendKeys(.text("H"))
        try session.tmux.waitFor(text: "Jejak audit")
        let trail = try session.tmux.waitFor(text: "menambahkan inovasi")
        #expect(trail.contains("inovasi #"), "\(trail)")
        try session.tmux.sendKeys(.enter)
        try session.tmux.waitFor(text: "Layanan Lansia Terpadu")
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    @Test("M lists the OPDs; a bidang added to one through the form shows there and in the audit view")
    func administrationAddsADivision() throws {
        let sandbox = try CLISandbox()
        let store = sandbox.path("cilegon.sqlite")
        #expect(try sandbox.run(["init", "--city", "cilegon", "--data", store]).status == 0)

        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "3 Antrean Usulan")
        try session.tmux.sendKeys(.text("M"))
        try session.tmux.waitFor(text: "═ Administrasi ═")
        try session.tmux.sendKeys(.enter)
        try session.tmux.waitFor(text: "Bidang (")
        try session.tmux.sendKeys(.text("+"))
        try session.tmux.waitFor(text: "Bidang baru")
        try session.tmux.sendKeys(.text("Bagian Uji Coba Layanan"), .enter)
        try session.tmux.waitFor(text: "Bidang baru: Bagian Uji Coba Layanan.")
        try session.tmux.waitFor(text: "  Bagian Uji Coba Layanan")
        try session.tmux.sendKeys(.escape, .escape, .text("H"))
        try session.tmux.waitFor(text: "menambahkan bidang")
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }
}
