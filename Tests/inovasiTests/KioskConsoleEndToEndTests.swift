import Foundation
import TestSupport
import Testing

/// `inovasi kiosk` on the Linux console's terminal type, as an office wall screen runs it.
@Suite("Kiosk on TERM=linux, end to end through tmux", .serialized)
struct KioskConsoleEndToEndTests {
    /// The queue's count as the queue page's title shows it, "Antrean Usulan · 37 menunggu".
    static func queueCount(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"Antrean Usulan · (\d+) menunggu"#, options: .regularExpression) else {
            return nil
        }
        return Int(screen[range].filter(\.isNumber))
    }

    @Test("ignores Ctrl-C, Ctrl-Z and Ctrl-\\, shows another process's review within one round, ends on SIGTERM")
    func console() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let interval = 2
        _ = try sandbox.writeConfig("kiosk:\n  pages: [queue, city]\n")
        let session = try DashboardSession.start(
            sandbox, arguments: ["kiosk", "--data", store, "--interval", String(interval)], width: 80, height: 25,
            term: "linux")
        let first = try session.tmux.waitUntil("the queue page", timeout: .seconds(30)) { Self.queueCount($0) != nil }
        let before = try #require(Self.queueCount(first))
        let pid = try session.dashboardPID()
        try session.tmux.sendKeys(.named("C-c"), .named("C-z"), .named("C-\\"), .text("q"), .escape, .named("C-d"))
        usleep(1_500_000)
        #expect(kill(pid, 0) == 0, "the kiosk is gone")
        #expect(try !session.tmux.isPaneDead())
        #expect(try session.tmux.capture().contains("KIOS"))
        let queue = try sandbox.run(["queue", "--data", store, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])
        let proposals = try #require(document["proposals"] as? [[String: Any]])
        let id = try #require(proposals.first { $0["status"] as? String == "submitted" }?["id"] as? Int)
        #expect(try sandbox.run(["review", "take", String(id), "--data", store]).status == 0)
        let reject = try sandbox.run(["review", "reject", String(id), "--note", "Belum lengkap", "--data", store])
        #expect(reject.status == 0, "\(reject.stderr)")
        // One round is the two pages configured; the queue page comes back within it, showing the change.
        let round = 2 * interval
        try session.tmux.waitUntil("the queue one shorter", timeout: .seconds(round + 4)) {
            Self.queueCount($0) == before - 1
        }
        kill(pid, SIGTERM)
        let report = try session.waitForReport()
        #expect(report.contains("EXITED:0"))
        #expect(report.contains("TTY:SAME"))
    }

    @Test("the config's unlock sequence ends the kiosk cleanly; stray keys before it do not")
    func unlock() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        _ = try sandbox.writeConfig("kiosk:\n  unlock: \"Ctrl-X q\"\n")
        let session = try DashboardSession.start(
            sandbox, arguments: ["kiosk", "--data", store], width: 80, height: 25, term: "linux")
        try session.tmux.waitFor(text: "KIOS", timeout: .seconds(30))
        try session.tmux.sendKeys(.text("q"), .named("C-c"), .named("C-x"), .text("w"))
        usleep(1_000_000)
        #expect(try session.tmux.capture().contains("KIOS"))
        try session.tmux.sendKeys(.named("C-x"), .text("q"))
        let report = try session.waitForReport()
        #expect(report.contains("EXITED:0"))
        #expect(report.contains("TTY:SAME"))
    }

    @Test("an unknown key name in kiosk.unlock stops the kiosk before it starts, naming it")
    func badUnlock() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        _ = try sandbox.writeConfig("kiosk:\n  unlock: \"Super-X q\"\n")
        let result = try sandbox.run(["kiosk", "--data", store, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kiosk.unlock"))
        #expect(result.stderr.contains("Super-X"))
    }
}
