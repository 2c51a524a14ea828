import Foundation
import TestSupport
import Testing

/// What the ncurses backend writes to a pseudo-terminal of 160×48 (and 80×24) on the city demo:
/// the first frame, a cursor move in each list (OPD table, queue, the calendar's week) and the
/// month's next day at both sizes, a clock tick. Bytes, unlike times, are the same on every run, so
/// they are asserted.
///
/// Two bounds per figure: the ceiling each figure has reached (DECISIONS.md "Bytes per key",
/// "Colour where it carries meaning" and "The last bytes"), and issue 14's budget; both must hold.
@Suite("Terminal bytes on a pseudo-terminal")
struct TerminalBytesTests {
    /// Today's figures on the city demo, with a little room for a changed label; a rise past them is
    /// a regression.
    static let ceilings: [String: Int] = [
        "firstFrameBytes": 13_200, "cursorBytesTable": 250, "cursorBytesQueue": 255, "cursorBytesCalendarDay": 285,
        "cursorBytesCalendarWeek": 210, "cursorBytesTableNarrow": 240, "cursorBytesQueueNarrow": 265,
        "cursorBytesCalendarDayNarrow": 275, "cursorBytesCalendarWeekNarrow": 200, "tickBytes": 25,
    ]

    /// Issue 14 point 1: every list's cursor move and the month's next day at most 300 B at both
    /// sizes (the week's list too, now that its bar stops after the title), the first frame 15 KB,
    /// the tick 40 B.
    static let budgets: [String: Int] = [
        "firstFrameBytes": 15_000, "cursorBytesTable": 300, "cursorBytesQueue": 300, "cursorBytesCalendarDay": 300,
        "cursorBytesCalendarWeek": 300, "cursorBytesTableNarrow": 300, "cursorBytesQueueNarrow": 300,
        "cursorBytesCalendarDayNarrow": 300, "cursorBytesCalendarWeekNarrow": 300, "tickBytes": 40,
    ]

    @Test("the first frame, a cursor move in every list and a clock tick stay within their bytes")
    func bytesOnTheCityDemo() throws {
        let sandbox = try CLISandbox()
        let bench = try #require(BuiltProducts.executable(named: "inovasi-bench"), "inovasi-bench was not built")
        let result = try sandbox.run(
            [], executable: bench,
            executableArguments: ["terminal-bytes", "--data", sandbox.path("city.sqlite"), "--lang", "en", "--kinds"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let figures = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "not JSON")
        for (name, ceiling) in Self.ceilings {
            let bytes = try #require(figures[name] as? Int, "\(name) missing")
            #expect(bytes > 0, "\(name): nothing written")
            #expect(bytes <= ceiling, "\(name): \(bytes) B, more than the \(ceiling) B reached")
            let kinds = try #require((figures["kinds"] as? [String: [String: Int]])?[name], "\(name): no breakdown")
            #expect(kinds.values.reduce(0, +) == bytes, "\(name): every byte counted once by kind")
            if name == "tickBytes" {
                // Plain text has a pair of its own (DECISIONS.md, "The last bytes"): the only
                // attribute sequence is ncurses' return to normal at the end of the update, `ESC(B ESC[m`.
                #expect((kinds["sgr"] ?? 0) <= 6, "the clock is plain text: no colour sequence")
            } else {
                #expect((kinds["sgr"] ?? 0) > 0, "\(name): colour sequences found")
            }
        }
        for (name, budget) in Self.budgets {
            let bytes = figures[name] as? Int ?? .max
            #expect(bytes <= budget, "\(name): \(bytes) B, budget \(budget) B")
        }
    }
}
