import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite("Busy when a signal comes")
    struct Watchdog {
        /// The dashboard runtime stuck in a data call that never returns (`--stall`), on the
        /// real terminal; standard error goes to a file the test reads.
        struct StalledRun {
            let session: TmuxSession
            let errors: URL

            init(stall: String) throws {
                let folder = FileManager.default.temporaryDirectory
                errors = folder.appendingPathComponent("inovasi-stall-\(UUID().uuidString).err")
                let demo = TmuxSession.quote(try DemoRun.executable())
                let line = DemoRun.reporting("\(demo) --stall \(stall) 2>\(TmuxSession.quote(errors.path))")
                session = try TmuxSession(
                    command: line, environment: TmuxSession.baseEnvironment(), width: 120, height: 40)
            }

            /// What the program wrote to standard error so far.
            var errorText: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

            /// Waits until the runtime has drawn and then hung; returns the stuck process's id.
            func waitUntilStuck() throws -> pid_t {
                try session.waitFor(text: "Kota Macet")
                let clock = ContinuousClock()
                let deadline = clock.now.advanced(by: .seconds(5))
                while !errorText.contains("stalled:") && clock.now < deadline { usleep(20_000) }
                let line = try #require(errorText.split(separator: "\n").first { $0.hasPrefix("stalled:") })
                return try #require(line.split(separator: " ").last.flatMap { pid_t($0) })
            }
        }

        @Test(
            "a termination signal ends the program stuck in a data call, with the terminal restored",
            arguments: [
                (SIGTERM, "spin"), (SIGINT, "spin"), (SIGHUP, "spin"), (SIGTERM, "wait"), (SIGHUP, "wait"),
                (SIGQUIT, "spin"),
            ])
        func stuckInDataCall(signal: Int32, stall: String) throws {
            let run = try StalledRun(stall: stall)
            defer { try? FileManager.default.removeItem(at: run.errors) }
            let pid = try run.waitUntilStuck()
            usleep(200_000)
            #expect(try run.session.capture().contains("Kota Macet"), "the dashboard is still on screen")
            let clock = ContinuousClock()
            let sent = clock.now
            #expect(kill(pid, signal) == 0)
            try run.session.waitUntil("the exit report", timeout: .seconds(5)) { $0.contains("TTY:") }
            let report = try run.session.capture(joined: true)
            #expect(sent.duration(to: clock.now) < .seconds(4))
            #expect(report.contains("EXITED:\(128 + signal)"), "\(report)")
            #expect(report.contains("TTY:SAME"), "\(report)")
            #expect(!report.contains("Kota Macet"), "\(report)")
            #expect(try run.session.display("#{alternate_on}") == "0")
            #expect(try run.session.display("#{cursor_flag}") == "1")
            #expect(run.errorText.contains("pengawas"), "\(run.errorText)")
        }

        @Test("with the terminal's output held by Ctrl-S, the watchdog still restores it and ends the program")
        func outputHeld() throws {
            let run = try StalledRun(stall: "spin")
            defer { try? FileManager.default.removeItem(at: run.errors) }
            try run.session.waitFor(text: "Kota Macet")
            try run.session.sendKeys(.named("C-s"))
            let pid = try run.waitUntilStuck()
            #expect(kill(pid, SIGTERM) == 0)
            try run.session.waitUntil("the exit report", timeout: .seconds(5)) { $0.contains("TTY:") }
            let report = try run.session.capture(joined: true)
            #expect(report.contains("EXITED:\(128 + SIGTERM)"), "\(report)")
            #expect(report.contains("TTY:SAME"), "\(report)")
            #expect(try run.session.display("#{alternate_on}") == "0")
            #expect(try run.session.display("#{cursor_flag}") == "1")
        }
    }
}
