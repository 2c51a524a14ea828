import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite("Drawing")
    struct Drawing {
        @Test("the first frame shows the size and the hostile data line as visible placeholders")
        func firstFrame() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            let screen = try session.capture()
            #expect(screen.contains("inovasi-term-demo: uji terminal"))
            #expect(screen.contains("ukuran: 80x24"))
            #expect(screen.contains("data: \u{241B}[2J\u{241B}]0;pwned\u{2407}X"))
            #expect(try session.display("#{pane_title}") != "pwned")
            #expect(screen.contains("lebar: 日本語 中文 한국어 😀 👍"))
            #expect(screen.contains("tanda: e\u{301} n\u{303} a\u{308}"))
            #expect(try session.display("#{alternate_on}") == "1")
        }

        @Test("without LANG the locale falls back to C.UTF-8 and wide text still draws")
        func withoutLang() throws {
            var environment = TmuxSession.baseEnvironment()
            environment["LANG"] = nil
            let session = try DemoRun.start(environment: environment)
            _ = try DemoRun.waitForFrame(session)
            let screen = try session.capture()
            #expect(screen.contains("lebar: 日本語 中文 한국어 😀 👍"))
            #expect(screen.contains("\u{241B}[2J"))
        }

        @Test("keys reach the program as names, Esc at once")
        func keys() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            let cases: [(TmuxKey, String)] = [
                (.up, "up"), (.named("F5"), "F5"), (.named("C-a"), "ctrl-a"), (.named("BTab"), "backtab"),
                (.named("PPage"), "pageup"), (.named("End"), "end"), (.named("BSpace"), "backspace"),
                (.enter, "enter"), (.text("é"), "é"), (.text("日"), "日"), (.escape, "escape"),
            ]
            for (key, name) in cases {
                try session.sendKeys(key)
                try session.waitUntil("key \(name)", timeout: .seconds(3)) {
                    DemoRun.lines($0).contains("tombol: \(name)")
                }
            }
        }

        @Test("a resize reaches the program with the new size and repaints")
        func resize() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            try session.resize(width: 100, height: 30)
            // The whole frame, down to its last row: a capture may fall between the top and the bottom
            // of one repaint on a loaded machine.
            let screen = try session.waitUntil("the 100x30 frame, last row included") {
                $0.contains("ukuran: 100x30") && DemoRun.lines($0).count >= 30 && DemoRun.lines($0)[29] == "q: keluar"
            }
            #expect(screen.contains("ubah ukuran: 1"))
            try session.resize(width: 60, height: 20)
            let smaller = try session.waitUntil("the 60x20 frame, last row included") {
                $0.contains("ukuran: 60x20") && DemoRun.lines($0).count >= 20 && DemoRun.lines($0)[19] == "q: keluar"
            }
            #expect(DemoRun.lines(smaller).count >= 20)
        }

        @Test("the cursor rests where the canvas says, and hides when the canvas has none")
        func cursor() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            #expect(try session.display("#{cursor_flag} #{cursor_x},#{cursor_y}") == "1 17,3")
            try session.sendKeys(.text("c"))
            try session.waitUntil("the cursor to hide") { _ in (try? session.display("#{cursor_flag}")) == "0" }
        }

        @Test("Ctrl-L repaints what something else wrote over the screen")
        func invalidate() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            let tty = try session.paneTTY()
            let handle = try #require(FileHandle(forWritingAtPath: tty))
            handle.write(Data("\u{1B}[6;1HGARBAGE-GARBAGE".utf8))
            try handle.close()
            try session.waitFor(text: "GARBAGE-GARBAGE")
            try session.sendKeys(.named("C-l"))
            try session.waitUntil("the garbage to go and the frame to come back") {
                !$0.contains("GARBAGE") && $0.contains("tanda: e\u{301} n\u{303} a\u{308}")
            }
        }

        @Test("a key press costs a few bytes, not a repaint")
        func smallUpdates() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            let output = try session.recordOutput()
            try session.sendKeys(.down)
            try session.waitFor(text: "tombol: down")
            try session.waitUntil("output to be recorded") { _ in
                ((try? Data(contentsOf: output))?.count ?? 0) > 0
            }
            let bytes = try Data(contentsOf: output).count
            #expect(bytes < 200, "a key press wrote \(bytes) bytes")
        }
    }
}
