import Foundation
import TestSupport
import Testing

/// Review triage with the built binary in tmux on a real demo store.
@Suite("Review triage end to end, through tmux", .serialized)
struct ReviewDashboardEndToEndTests {
    let sandbox: CLISandbox
    let store: String

    init() throws {
        sandbox = try CLISandbox()
        store = try sandbox.makeDemo()
    }

    /// The oldest proposal with `status` in the queue: id and OPD code.
    func oldest(_ status: String) throws -> (id: Int, opd: String) {
        let result = try sandbox.run(["queue", "--status", status, "--format", "json", "--limit", "1", "--data", store])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((json["proposals"] as? [[String: Any]])?.first)
        return (try #require(first["id"] as? Int), try #require(first["opd"] as? String))
    }

    /// Innovations at stage inisiatif of an OPD, from `inovasi report --format json`.
    func initiatives(_ opd: String) throws -> Int {
        let result = try sandbox.run(["report", "--format", "json", "--data", store])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["agencies"] as? [[String: Any]])
        return try #require(rows.first { $0["opd"] as? String == opd }?["initiative"] as? Int)
    }

    /// Audit actions of a proposal, from `inovasi review history --format json`.
    func actions(_ id: Int) throws -> [String] {
        let result = try sandbox.run(["review", "history", "\(id)", "--format", "json", "--data", store])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (json["events"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
    }

    @Test("take, score and approve from the keyboard; the report counts one more innovation; u asks, then undoes it")
    func takeScoreApprove() throws {
        let target = try oldest("submitted")
        let before = try initiatives(target.opd)
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        let tmux = session.tmux
        try tmux.waitFor(text: "3 Antrean Usulan")
        try tmux.sendKeys(.text("3"), .text("f"), .named("Right"), .enter)
        try tmux.waitFor(text: "Diajukan ·")
        try tmux.sendKeys(.enter)
        try tmux.waitFor(text: "#\(target.id) ")
        try tmux.sendKeys(.text("t"))
        try tmux.waitFor(text: "Usulan #\(target.id) diambil untuk ditinjau.")
        try tmux.sendKeys(.text("s"), .text("45445"))
        try tmux.waitFor(text: "disarankan DISETUJUI")
        try tmux.sendKeys(.named("Down"), .enter)
        try tmux.waitFor(text: "Nilai usulan #\(target.id) disimpan")
        try tmux.sendKeys(.text("d"), .enter)
        try tmux.waitFor(text: "Setujui usulan #\(target.id)")
        try tmux.sendKeys(.enter)
        try tmux.waitFor(text: "Usulan #\(target.id) disetujui")
        #expect(try initiatives(target.opd) == before + 1)
        try tmux.sendKeys(.text("u"))
        try tmux.waitFor(text: "Batalkan persetujuan #\(target.id) oleh Anda pukul")
        try tmux.sendKeys(.text("y"))
        try tmux.waitFor(text: "Dibatalkan: persetujuan #\(target.id) oleh Anda pukul")
        #expect(try initiatives(target.opd) == before)
        #expect(
            try actions(target.id).suffix(4) == ["proposal.take", "score.save", "proposal.approve", "proposal.undo"])
        try tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    @Test("Space marks proposals and an admin assigns them all to one reviewer at once")
    func bulkAssign() throws {
        let added = try sandbox.run(["users", "add", "a.uji", "--role", "reviewer", "--data", store])
        #expect(added.status == 0, "\(added.stderr)")
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        let tmux = session.tmux
        try tmux.waitFor(text: "3 Antrean Usulan")
        try tmux.sendKeys(.text("3"), .text("f"), .named("Right"), .enter)
        try tmux.waitFor(text: "Diajukan ·")
        try tmux.sendKeys(.text("   "))
        try tmux.waitFor(text: "3 ditandai")
        try tmux.sendKeys(.text("a"))
        try tmux.waitFor(text: "a.uji")
        try tmux.sendKeys(.enter)
        try tmux.waitFor(text: "3 usulan ditugaskan ke a.uji.")
        let result = try sandbox.run(["queue", "--assignee", "a.uji", "--format", "json", "--data", store])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["proposals"] as? [[String: Any]])?.count == 3)
        try tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    @Test(
        "two reviewers decide the same proposal: the second is told who decided, one decision in the log",
        .enabled(if: getuid() == 0, "needs root to run the second reviewer as the Unix user nobody"))
    func twoReviewers() throws {
        let target = try oldest("inReview")
        // Both are admins: a demo reviewer holds the proposal, and only its holder or an admin decides.
        #expect(try sandbox.run(["users", "add", "nobody", "--role", "admin", "--data", store]).status == 0)
        let binary = try shareWithNobody()
        let first = try DashboardSession.start(sandbox, arguments: ["--data", store], binary: binary)
        let second = try DashboardSession.start(
            sandbox, arguments: ["--data", store],
            prefix: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"],
            binary: binary)
        for session in [first, second] {
            try session.tmux.waitFor(text: "3 Antrean Usulan")
            try session.tmux.sendKeys(.text("3"), .text("f"), .named("Right"), .named("Right"), .enter)
            try session.tmux.waitFor(text: "Ditinjau ·")
            try session.tmux.sendKeys(.text("d"), .enter)
            try session.tmux.waitFor(text: "Setujui usulan #\(target.id)")
        }
        try first.tmux.sendKeys(.enter)
        try first.tmux.waitFor(text: "Usulan #\(target.id) disetujui")
        try second.tmux.sendKeys(.enter)
        let refused = try second.tmux.waitFor(text: "root")
        #expect(refused.contains("#\(target.id)"))
        #expect(try actions(target.id).filter { $0 == "proposal.approve" }.count == 1)
        try first.tmux.sendKeys(.text("q"))
        try second.tmux.sendKeys(.text("q"))
        #expect(try second.waitForReport().contains("EXITED:0"))
    }

    /// Makes the store, its folder, the log folder and a copy of the binary usable by `nobody`.
    func shareWithNobody() throws -> String {
        let files = FileManager.default
        let binary = sandbox.path("inovasi")
        try files.copyItem(atPath: try CLISandbox.binary().path, toPath: binary)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.root.path)
        // Set explicitly: a store opened earlier in this test process narrows its umask, so the
        // folders may have been made private (the config folder too: nobody must see no file there).
        for folder in [
            sandbox.dataHome, sandbox.dataHome + "/inovasi", sandbox.root.path + "/home", sandbox.configHome,
        ]
        where files.fileExists(atPath: folder) {
            try files.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        }
        for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: store + suffix) {
            try files.setAttributes([.posixPermissions: 0o666], ofItemAtPath: store + suffix)
        }
        return binary
    }
}
