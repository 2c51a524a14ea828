import Foundation
import TestSupport
import Testing

/// An office's own store in the real dashboard, through tmux: `+` in the queue opens the proposal
/// form, and the proposal it submits appears at the end of the queue (oldest first).
@Suite("Proposals in the dashboard, end to end", .serialized)
struct ProposalDashboardEndToEndTests {
    @Test("a new proposal through the form appears at the end of the queue")
    func newProposalEndsTheQueue() throws {
        let sandbox = try CLISandbox()
        let store = sandbox.path("cilegon.sqlite")
        let created = try sandbox.run(["init", "--city", "cilegon", "--data", store])
        #expect(created.status == 0, "\(created.stderr)")
        for (title, day) in [("Usulan Lama Satu", "2026-11-02"), ("Usulan Lama Dua", "2026-11-09")] {
            let added = try sandbox.run([
                "proposal", "add", "--data", store, "--title", title, "--opd", "Dishub", "--form", "tata kelola",
                "--kind", "digital", "--affair", "perhubungan", "--design", "Rancang.", "--goal", "Tujuan.",
                "--benefit", "Manfaat.", "--result", "Hasil.", "--submitted", day,
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }

        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "Usulan Lama Dua")
        try session.tmux.sendKeys(.text("3"), .text("+"))
        try session.tmux.waitFor(text: "Usulan baru")
        try session.tmux.sendKeys(.text("Posyandu Keliling"), .named("Tab"), .text("DINKES"))
        for _ in 0..<6 { try session.tmux.sendKeys(.named("Tab")) }
        try session.tmux.sendKeys(.text("kesehatan"))
        for text in ["Kader datang ke rumah.", "Lansia terlayani.", "Antrean berkurang.", "300 lansia."] {
            try session.tmux.sendKeys(.named("Tab"), .text(text))
        }
        try session.tmux.sendKeys(.enter)
        let screen = try session.tmux.waitUntil("the new proposal listed in the queue") {
            // The form gone whole (its title, a label and its button), not a frame caught mid-redraw.
            $0.contains("Posyandu Keliling") && !$0.contains("Usulan baru") && !$0.contains("Rancang bangun")
                && !$0.contains("Ajukan")
        }
        let lines = screen.split(separator: "\n")
        let order = ["Usulan Lama Satu", "Usulan Lama Dua", "Posyandu Keliling"].map { title in
            lines.firstIndex { $0.contains(title) } ?? -1
        }
        #expect(order.allSatisfy { $0 >= 0 } && order == order.sorted(), "\(screen)")
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
        let listed = try sandbox.run(["queue", "--data", store, "--format", "json"])
        #expect(listed.stdout.contains("Posyandu Keliling"), "\(listed.stdout)")
    }

    @Test("an operator's dashboard opens on its own OPD's proposals, and + offers only that OPD")
    func operatorSeesItsOwnOPD() throws {
        let sandbox = try CLISandbox()
        let store = sandbox.path("cilegon.sqlite")
        #expect(try sandbox.run(["init", "--city", "cilegon", "--data", store]).status == 0)
        for (title, opd) in [("Usulan Dishub", "Dishub"), ("Usulan Dinkes", "Dinkes")] {
            let added = try sandbox.run([
                "proposal", "add", "--data", store, "--title", title, "--opd", opd, "--form", "tata kelola",
                "--kind", "digital", "--affair", "umum", "--design", "Rancang.", "--goal", "Tujuan.", "--benefit",
                "Manfaat.", "--result", "Hasil.", "--submitted", "2026-11-02",
            ])
            #expect(added.status == 0, "\(added.stderr)")
        }
        #expect(try sandbox.run(["users", "add", "kepala", "--role", "admin", "--data", store]).status == 0)
        let role = try sandbox.run([
            "users", "set-role", CLISandbox.userName(), "operator", "--opd", "Dinkes", "--data", store,
        ])
        #expect(role.status == 0, "\(role.stderr)")

        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        let screen = try session.tmux.waitFor(text: "Usulan Dinkes")
        #expect(!screen.contains("Usulan Dishub"), "\(screen)")
        try session.tmux.sendKeys(.text("3"), .text("+"))
        let form = try session.tmux.waitFor(text: "Usulan baru")
        #expect(form.contains("DINKES — Dinas Kesehatan") && !form.contains("DISHUB —"), "\(form)")
        try session.tmux.sendKeys(.escape, .text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }
}
