import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The OPD detail's 12-month trend: read through the detail's effect and port, drawn as a strip
/// and numbers per series, or a row per month when narrow.
@Suite("OPD detail: 12-month trend")
struct AgencyTrendTests {
    func opened(_ size: Size, _ language: Language) -> DashboardRuntime<MemoryTerminal> {
        let terminal = MemoryTerminal(size: size, colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(),
            state: DashboardFixtures.state(width: size.width, height: size.height, language: language),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        runtime.handle(.key(.enter))
        return runtime
    }

    @Test(
        "Enter on an OPD shows the trend of the last twelve months, one line per series",
        arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)], Language.allCases)
    func snapshot(size: Size, language: Language) throws {
        let runtime = opened(size, language)
        let text = runtime.canvas.text()
        let heading = language == .id ? "Tren 12 bulan · Jan 2026 – Des 2026" : "12-month trend · Jan 2026 – Dec 2026"
        #expect(text.contains(heading))
        let counts = DetailFixtures.trendCounts
        let decisions = zip(counts.approved, counts.rejected).map { $0 + $1 }
        let rows = text.split(separator: "\n").map(String.init)
        let line = try #require(rows.first { $0.contains(TrendText.series(.decisions).text(language) + "  ") })
        #expect(line.contains(TrendChart.strip(decisions)))
        #expect(line.contains(decisions.map { String(format: "%2d", $0) }.joined(separator: " ")))
        let proposals = try #require(rows.first { $0.contains(TrendText.series(.proposals).text(language) + "  ") })
        #expect(proposals.contains("·░░█▒··░░·░▒"))
        assertSnapshot(runtime.canvas, named: "detail-agency-trend-\(size.width)x\(size.height)-\(language.rawValue)")
    }

    @Test("too narrow for a line per series, the trend has a row per month with each level and count")
    func narrow() throws {
        let state = DashboardFixtures.state(width: 80, height: 24, language: .id)
        let first = try #require(YearMonth(year: 2026, month: 1))
        let last = try #require(YearMonth(year: 2026, month: 12))
        var detail = DetailFixtures.agency()
        detail.trend = DetailFixtures.trend(from: first, to: last)
        let lines = AgencyDocument.lines(detail, state: state, width: 44).map(\.plainText)
        let months = lines.filter { $0.hasSuffix("█  1") }
        #expect(months.count == 12)
        #expect(months.allSatisfy { DisplayWidth.of($0) <= 44 })
        #expect(lines.contains("  Masuk · Keputusan · Pindah tahap"))
        #expect(lines.contains("  Apr 2026  █  6  ░  3  █  1"))
        #expect(lines.contains("  Mei 2026  ▒  3  █ 11  █  1"))
        #expect(lines.contains("  Des 2026  ▒  3  ░  2  █  1"))
    }

    @Test("without a trend read, the detail has no trend section")
    func absent() {
        let state = DashboardFixtures.state(width: 80, height: 24, language: .en)
        let lines = AgencyDocument.lines(DetailFixtures.agency(), state: state, width: 76).map(\.plainText)
        #expect(!lines.contains { $0.contains("trend") })
    }
}
