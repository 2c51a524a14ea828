import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite("Key sequences")
    struct KeySequences {
        /// Each key as terminals send it in normal cursor mode (`ESC [`), in application mode
        /// (`ESC O`) and, for Home and End, in the VT220 forms (`ESC [ 1 ~`, `ESC [ 7 ~` …).
        static let sequences: [(String, String)] = [
            ("\u{1B}[A", "up"), ("\u{1B}[B", "down"), ("\u{1B}[C", "right"), ("\u{1B}[D", "left"),
            ("\u{1B}OA", "up"), ("\u{1B}OB", "down"), ("\u{1B}OC", "right"), ("\u{1B}OD", "left"),
            ("\u{1B}[H", "home"), ("\u{1B}OH", "home"), ("\u{1B}[1~", "home"), ("\u{1B}[7~", "home"),
            ("\u{1B}[F", "end"), ("\u{1B}OF", "end"), ("\u{1B}[4~", "end"), ("\u{1B}[8~", "end"),
        ]

        @Test("arrow keys, Home and End arrive in both the ESC [ and the ESC O form")
        func bothForms() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            var last = ""
            for (sequence, name) in Self.sequences {
                if name == last {
                    // The screen would not change: show another key in between.
                    try session.sendKeys(.text("x"))
                    try session.waitUntil("key x", timeout: .seconds(3)) { DemoRun.lines($0).contains("tombol: x") }
                }
                try session.sendKeys(.text(sequence))
                let shown = "\(name) from \(sequence.unicodeScalars.dropFirst().map(String.init).joined())"
                try session.waitUntil("key \(shown)", timeout: .seconds(3)) {
                    DemoRun.lines($0).contains("tombol: \(name)")
                }
                last = name
            }
        }
    }
}
