import Foundation
import TestSupport
import Testing

/// What the ncurses backend writes to a pseudo-terminal of 160×48 (and 80×24) on the city demo:
/// the first frame, a cursor move in each list, a clock tick. Bytes, unlike times, are the same on
/// every run, so they are asserted.
///
/// Two bounds per figure: the ceiling each figure has reached (issue 14 work, DECISIONS.md "Bytes
/// per key"), which must hold, and issue 14's budget, still missed and so recorded as a known issue
/// until the look of the selection or the base background changes (see DECISIONS.md).
@Suite("Terminal bytes on a pseudo-terminal")
struct TerminalBytesTests {
    /// Today's figures on the city demo, with a little room for a changed label; a rise past them is
    /// a regression.
    static let ceilings: [String: Int] = [
        "firstFrameBytes": 27_000, "cursorBytesTable": 420, "cursorBytesQueue": 345, "cursorBytesCalendarDay": 420,
        "cursorBytesCalendarWeek": 450, "cursorBytesTableNarrow": 410, "cursorBytesQueueNarrow": 350, "tickBytes": 49,
    ]

    /// Issue 14 point 1.
    static let budgets: [String: Int] = [
        "firstFrameBytes": 15_000, "cursorBytesTable": 300, "cursorBytesQueue": 300, "cursorBytesCalendarDay": 300,
        "cursorBytesCalendarWeek": 300, "cursorBytesTableNarrow": 300, "cursorBytesQueueNarrow": 300, "tickBytes": 40,
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
            #expect((kinds["sgr"] ?? 0) > 0, "\(name): colour sequences found")
        }
        withKnownIssue("issue 14 point 1: the byte budgets are not met yet (DECISIONS.md, \"Bytes per key\")") {
            for (name, budget) in Self.budgets {
                let bytes = figures[name] as? Int ?? .max
                #expect(bytes <= budget, "\(name): \(bytes) B, budget \(budget) B")
            }
        }
    }
}
