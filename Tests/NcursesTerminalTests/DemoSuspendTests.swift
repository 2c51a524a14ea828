import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite("Suspending and continuing")
    struct Suspending {
        @Test("Ctrl-Z gives the shell its screen back; fg repaints the program and keys work again")
        func controlZ() throws {
            let session = try DemoRun.startShell()
            _ = try DemoRun.waitForFrame(session)
            try session.sendKeys(.text("x"))
            try session.waitFor(text: "tombol: x")
            try session.sendKeys(.named("C-z"))
            let shell = try session.waitFor(text: "Stopped")
            #expect(!shell.contains("ukuran"))
            #expect(try session.display("#{alternate_on}") == "0")
            try session.sendKeys(.text("fg"), .enter)
            let screen = try session.waitFor(text: "tombol: x")
            #expect(screen.contains("ukuran: 80x24"))
            #expect(!screen.contains("Stopped"))
            try session.sendKeys(.text("y"))
            try session.waitFor(text: "tombol: y")
            try DemoRun.quitInShell(session)
        }

        @Test("stopped from outside (SIGSTOP) and continued, the program repaints over the shell's notice")
        func stopAndContinue() throws {
            let session = try DemoRun.startShell()
            let pid = try DemoRun.waitForFrame(session)
            #expect(kill(pid, SIGSTOP) == 0)
            try session.waitFor(text: "Stopped")
            try session.sendKeys(.text("fg"), .enter)
            let screen = try session.waitUntil("the program to repaint") {
                !$0.contains("Stopped") && $0.contains("tanda: e\u{301} n\u{303} a\u{308}")
            }
            #expect(screen.contains("ukuran: 80x24"))
            try session.sendKeys(.text("z"))
            try session.waitFor(text: "tombol: z")
            try DemoRun.quitInShell(session)
        }
    }
}
