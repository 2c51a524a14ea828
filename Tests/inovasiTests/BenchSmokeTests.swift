import Foundation
import TestSupport
import Testing

/// Proves the benchmark still runs end to end: its smoke mode on the 1 000 scale, one repetition.
///
/// `swift test` builds debug binaries, so the times say nothing and are never asserted: the test
/// checks that every figure is measured and printed beside its budget.
@Suite("inovasi-bench smoke run")
struct BenchSmokeTests {
    /// Every figure the benchmark measures, and the budget of DESIGN §11 each one carries.
    static let budgets: [String: Double?] = [
        "storeOpen": nil, "firstFrame": 100, "queueCursorDown": 5, "queuePageDown": 5, "paneSwitch": 5,
        "proposalOpened": 5, "queueFiltered": 5, "monthMoved": 5, "weekMoved": 5, "tableSorted": 5, "keyWhileLocked": 5,
        "decision": 20,
        "queueDecision": 20, "markHundred": 5, "assignHundred": nil,
        "reportTable": nil, "reportCSV": nil, "reportJSON": nil, "reportMarkdown": nil, "firstFrameBytes": 15_000,
        "cursorBytesTable": 300, "cursorBytesQueue": 300, "cursorBytesCalendarDay": 300, "cursorBytesCalendarWeek": 300,
        "cursorBytesTableNarrow": 300, "cursorBytesQueueNarrow": 300, "tickBytes": 40, "peakMemory": 100,
        "importCSV": 20_000,
        "importXLSX": 20_000, "exportJSON": 120_000, "importJSON": 180_000, "exportICS": 2_000, "importICS": 4_000,
        "kioskIdleCPU": 0.5, "kioskBytesPerMinute": nil, "processStart": 100, "sessionBytes": nil,
        "sessionLinkTime": nil, "iidRead": 1_000, "iidEstimate": 500, "iidActions": 5,
        "iidWhatIf": 5, "iidBriefing": 2_000,
    ]

    @Test("--quick --format json exits 0 and reports every figure at 1 000 proposals beside its budget")
    func quickJSON() throws {
        let sandbox = try CLISandbox()
        let bench = try #require(BuiltProducts.executable(named: "inovasi-bench"), "inovasi-bench was not built")
        let result = try sandbox.run(
            [], executable: bench,
            executableArguments: ["--quick", "--format", "json", "--lang", "en", "--cache", sandbox.path("cache")])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "not JSON")
        let figures = try #require(document["figures"] as? [[String: Any]])
        #expect(Set(figures.compactMap { $0["metric"] as? String }) == Set(Self.budgets.keys))
        for figure in figures {
            let metric = try #require(figure["metric"] as? String)
            #expect(figure["scale"] as? Int == 1_000, "\(metric)")
            #expect((figure["count"] as? Int ?? 0) >= 1, "\(metric)")
            #expect(figure["median"] is Double || figure["median"] is Int, "\(metric)")
            #expect(figure["p99"] is Double || figure["p99"] is Int, "\(metric)")
            let expected = Self.budgets[metric] ?? nil
            let budget = figure["budget"] as? Double
            #expect(budget == expected, "\(metric) budget")
            #expect((figure["met"] is Bool) == (expected != nil), "\(metric) judged only against a budget")
        }
        try expectLinkTime(figures)
        let stores = try #require(document["stores"] as? [[String: Any]])
        #expect(stores.map { $0["proposals"] as? Int } == [1_000])
        let notMeasured = try #require(document["notMeasured"] as? [String: String])
        #expect(notMeasured["icsExport"] != nil)
    }

    /// The scripted session's time over the slow link is its bytes at 256 kbit/s, and the session
    /// holds at least a first frame; the start of the process was timed once or more.
    func expectLinkTime(_ figures: [[String: Any]]) throws {
        func value(_ metric: String) -> Double? {
            let figure = figures.first { $0["metric"] as? String == metric }
            return (figure?["median"] as? Double) ?? (figure?["median"] as? Int).map(Double.init)
        }
        let bytes = try #require(value("sessionBytes"))
        let link = try #require(value("sessionLinkTime"))
        #expect(bytes > 1_000, "the session's bytes hold a first frame")
        #expect(abs(link - bytes * 8 / 256_000 * 1_000) < 0.01, "\(link) ms for \(bytes) B")
        let start = figures.first { $0["metric"] as? String == "processStart" }
        #expect((start?["count"] as? Int ?? 0) >= 1)
    }

    @Test("the table names each figure beside its budget and says which ones missed")
    func quickTable() throws {
        let sandbox = try CLISandbox()
        let bench = try #require(BuiltProducts.executable(named: "inovasi-bench"), "inovasi-bench was not built")
        let result = try sandbox.run(
            [], executable: bench,
            executableArguments: ["--quick", "--lang", "en", "--cache", sandbox.path("cache")])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for (label, budget) in [
            ("open + first frame 160×48", "< 100.0"), ("key: cursor down in the queue", "< 5.00"),
            ("decision committed (approve + note)", "< 20.0"), ("terminal bytes: cursor, queue", "< 300"),
            ("terminal bytes: clock a minute on", "< 40"), ("terminal bytes: cursor, OPD table, 80×24", "< 300"),
            ("dashboard peak memory (RSS)", "< 100.0"), ("from posix_spawn to the first frame 160×48", "< 100.0"),
            ("terminal bytes: a short scripted session", "–"), ("the short session over 256 kbit/s", "–"),
        ] {
            let line = lines.first { $0.hasPrefix(label) }
            #expect(line?.contains(budget) == true, "\(label) beside \(budget)")
        }
        #expect(lines.contains { $0.hasPrefix("Every budget is met.") || $0.contains("miss their budget") })
        #expect(lines.contains { $0.hasPrefix("ICS export: every mentoring session") && $0.contains("2,000") })
        #expect(lines.contains { $0.hasPrefix("ICS import: every session (--dry-run plan)") && $0.contains("4,000") })
    }
}
