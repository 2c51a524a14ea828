import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite("Leaving the terminal clean")
    struct Leaving {
        /// The terminal as a shell should find it: same tty modes, main screen, cursor visible.
        private func expectClean(_ session: TmuxSession, report: String, status: Int32) throws {
            #expect(report.contains("EXITED:\(status)"), "\(report)")
            #expect(report.contains("TTY:SAME"), "\(report)")
            #expect(try session.display("#{alternate_on}") == "0")
            #expect(try session.display("#{cursor_flag}") == "1")
        }

        @Test("q exits 0 and gives the terminal back as it was")
        func quit() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            try session.sendKeys(.text("q"))
            let report = try DemoRun.waitForReport(session)
            try expectClean(session, report: report, status: 0)
            #expect(!report.contains("ukuran"))
        }

        @Test("when the terminal goes away without a SIGHUP reaching it, the program ends")
        func hangUpWithoutSignal() throws {
            let demo = TmuxSession.quote(try DemoRun.executable())
            let session = try TmuxSession(command: "exec setsid \(demo)", environment: TmuxSession.baseEnvironment())
            let pid = try DemoRun.waitForFrame(session)
            try session.killPane()
            var ended = false
            for _ in 0..<250 where !ended {
                let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                ended = state.isEmpty || state.contains(") Z ")
                if !ended { usleep(20_000) }
            }
            #expect(ended, "the demo still runs with its terminal gone")
            if !ended { kill(pid, SIGKILL) }
        }

        @Test("a second terminal in the same process is refused and the first keeps working")
        func secondTerminal() throws {
            let session = try DemoRun.start()
            let pid = try DemoRun.waitForFrame(session)
            try session.sendKeys(.text("2"))
            try session.waitFor(text: "Layar terminal sudah berjalan")
            try session.sendKeys(.up)
            try session.waitFor(text: "tombol: up")
            #expect(kill(pid, SIGTERM) == 0)
            try expectClean(session, report: try DemoRun.waitForReport(session), status: 0)
        }

        @Test(
            "SIGTERM, SIGINT and SIGHUP end the program with status 0 and a clean terminal",
            arguments: [SIGTERM, SIGINT, SIGHUP])
        func terminationSignals(signal: Int32) throws {
            let session = try DemoRun.start()
            let pid = try DemoRun.waitForFrame(session)
            #expect(kill(pid, signal) == 0)
            let report = try DemoRun.waitForReport(session)
            try expectClean(session, report: report, status: 0)
        }

        @Test("started with SIGTERM, SIGINT, SIGHUP and SIGWINCH blocked, it still sees resizes and SIGTERM")
        func inheritedBlockedSignals() throws {
            let demo = TmuxSession.quote(try DemoRun.executable())
            let blocking = "perl -MPOSIX -e 'sigprocmask(SIG_BLOCK, POSIX::SigSet->new(15, 2, 1, 28)); exec @ARGV'"
            let session = try TmuxSession(
                command: DemoRun.reporting("\(blocking) \(demo)"), environment: TmuxSession.baseEnvironment())
            let pid = try DemoRun.waitForFrame(session)
            let blocked = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
            #expect(blocked.contains("SigBlk:\t0000000000000000"))
            try session.resize(width: 90, height: 24)
            try session.waitFor(text: "ukuran: 90x24")
            #expect(kill(pid, SIGTERM) == 0)
            try expectClean(session, report: try DemoRun.waitForReport(session), status: 0)
        }

        @Test(
            "a trap (fatalError) or an abort leaves the terminal clean and keeps the crash status",
            arguments: [("!", Int32(128 + SIGILL)), ("@", 128 + SIGABRT)])
        func crash(key: String, status: Int32) throws {
            var environment = TmuxSession.baseEnvironment()
            environment["SWIFT_BACKTRACE"] = "enable=no"
            let session = try DemoRun.start(environment: environment, redirect: "2>/dev/null")
            _ = try DemoRun.waitForFrame(session)
            try session.sendKeys(.text(key))
            let report = try DemoRun.waitForReport(session)
            try expectClean(session, report: report, status: status)
        }

        @Test("with Swift's backtracer on, the crash report lands on the restored main screen")
        func backtraceOnCleanScreen() throws {
            var environment = TmuxSession.baseEnvironment()
            environment["SWIFT_BACKTRACE"] = "interactive=no"
            let session = try DemoRun.start(environment: environment)
            _ = try DemoRun.waitForFrame(session)
            try session.sendKeys(.text("!"))
            try session.waitUntil("the exit report", timeout: .seconds(20)) { $0.contains("TTY:") }
            let report = try session.capture(joined: true, history: true)
            try expectClean(session, report: report, status: 128 + SIGILL)
            #expect(report.contains("Program crashed: Illegal instruction"))
            #expect(!report.contains("ukuran"))
        }

        @Test("SIGQUIT (Ctrl-\\) ends the program like q: status 0, a clean terminal, no crash reporter")
        func quitSignal() throws {
            let session = try DemoRun.start()
            let pid = try DemoRun.waitForFrame(session)
            #expect(kill(pid, SIGQUIT) == 0)
            let report = try DemoRun.waitForReport(session)
            try expectClean(session, report: report, status: 0)
            #expect(!report.contains("Press space"), "\(report)")
        }

        @Test(
            "on a terminal without an alternate screen the dashboard is cleared on exit",
            arguments: ["linux", "vt100"])
        func clearsWithoutAlternateScreen(term: String) throws {
            let session = try DemoRun.start(environment: TmuxSession.baseEnvironment(term: term))
            _ = try DemoRun.waitForFrame(session)
            try session.sendKeys(.text("q"))
            let report = try DemoRun.waitForReport(session)
            #expect(report.contains("EXITED:0"))
            #expect(report.contains("TTY:SAME"))
            #expect(!report.contains("ukuran"), "\(report)")
        }
    }

    @Suite("Refusing to start")
    struct Refusing {
        @Test(
            "without a usable terminal the program explains, exits 1 and draws nothing",
            arguments: [
                ("dumb", "", "\"dumb\""), ("nonexistent-xyz", "", "\"nonexistent-xyz\""),
                ("tmux-256color", "</dev/null", "bukan terminal"), ("", "", "TERM tidak diatur"),
            ])
        func refuses(term: String, redirect: String, expected: String) throws {
            var environment = TmuxSession.baseEnvironment(term: term)
            if term.isEmpty { environment["TERM"] = nil }
            let session = try DemoRun.start(environment: environment, redirect: redirect)
            let report = try DemoRun.waitForReport(session)
            #expect(report.contains("EXITED:1"), "\(report)")
            #expect(report.contains("TTY:SAME"))
            #expect(report.contains(expected), "\(report)")
            #expect(report.contains("inovasi report"), "\(report)")
            #expect(!report.contains("ukuran"))
            #expect(try session.display("#{alternate_on}") == "0")
        }
    }
}
