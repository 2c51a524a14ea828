import Foundation
import InovasiCore
import Testing

/// The trend's charts as text: scaled to the largest value, zeros apart, only console glyphs.
@Suite("Format: trend chart")
struct FormatTrendChartTests {
    @Test("a strip scales to its largest value; a small count is never shown as none")
    func scaling() {
        #expect(TrendChart.strip([0, 2, 1, 6, 3, 0, 0, 1, 2, 0, 1, 3]) == "·░░█▒··░░·░▒")
        #expect(TrendChart.strip([1, 100]) == "░█")
        #expect(TrendChart.strip([50, 100, 17]) == "▒█░")
    }

    @Test("all zeros give dots, all equal give full blocks, an empty list nothing, a negative counts as none")
    func edges() {
        #expect(TrendChart.strip([0, 0, 0]) == "···")
        #expect(TrendChart.strip([4, 4, 4]) == "███")
        #expect(TrendChart.strip([]) == "")
        #expect(TrendChart.strip([-3, 2]) == "·█")
    }

    @Test("bars fill the width at the largest value, one cell at least, none for zero")
    func bars() {
        #expect(TrendChart.bar(10, largest: 10, width: 8) == "████████")
        #expect(TrendChart.bar(5, largest: 10, width: 8) == "████")
        #expect(TrendChart.bar(1, largest: 100, width: 8) == "█")
        #expect(TrendChart.bar(0, largest: 10, width: 8) == "")
        #expect(TrendChart.bar(3, largest: 0, width: 8) == "")
        #expect(TrendChart.bar(30, largest: 10, width: 8) == "████████")
    }

    @Test("only glyphs every Linux console font carries: no eighth blocks")
    func consoleGlyphs() {
        let shown = Set(TrendChart.strip(Array(0...12)) + TrendChart.bar(3, largest: 3, width: 4))
        #expect(shown.isSubset(of: ["·", "░", "▒", "█"]))
        #expect(shown.isDisjoint(with: Set("▁▂▃▄▅▆▇")))
        #expect(shown.allSatisfy { DisplayWidth.of($0) == 1 })
    }

    @Test("months parse as YYYY-MM only and step across years")
    func months() throws {
        let december = try #require(YearMonth(iso: "2026-12"))
        #expect(december.adding(months: 1).description == "2027-01")
        #expect(december.adding(months: -12).description == "2025-12")
        #expect(december.distance(to: december.adding(months: -11)) == -11)
        #expect(YearMonth(iso: "2026-13") == nil)
        #expect(YearMonth(iso: "2026-1") == nil)
        #expect(YearMonth(iso: "26-01") == nil)
        let trend = MonthlyTrend(from: december.adding(months: -2), to: december)
        #expect(trend.months.map(\.month.description) == ["2026-10", "2026-11", "2026-12"])
        #expect(trend.values(.decisions) == [0, 0, 0])
    }

    @Test("a month starts at midnight in the office's zone")
    func monthStart() throws {
        let jakarta = try #require(TimeZone(identifier: "Asia/Jakarta"))
        let december = try #require(YearMonth(year: 2026, month: 12))
        // 1 December 2026 00:00 WIB is 30 November 17:00 UTC.
        #expect(december.start(in: jakarta) == Date(timeIntervalSince1970: 1_796_058_000))
        #expect(YearMonth(containing: Date(timeIntervalSince1970: 1_796_058_000), in: jakarta) == december)
        #expect(YearMonth(containing: Date(timeIntervalSince1970: 1_796_057_999), in: jakarta).month == 11)
    }
}
