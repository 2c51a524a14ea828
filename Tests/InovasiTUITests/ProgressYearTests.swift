import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// Issue 12 point 6 in the dashboard: `y` on the OPD table cycles all years → this year → the
/// years before → all years; the table then shows the year's figures, the title names the year.
@Suite("Progress year mode")
struct ProgressYearTests {
    /// Figures for each fixture OPD that differ per year, so a snapshot shows which year was read.
    static func figures(_ year: ReportingYear) -> YearReport {
        let shift = year.value - 2024
        var byAgency: [Int64: YearFigures] = [:]
        for id in Int64(1)...6 {
            var figures = YearFigures()
            figures.proposalsIn = Int(id) * 3 + shift
            figures.approved = Int(id) + shift
            figures.revisionRequested = Int(id) % 3
            figures.rejected = Int(id) % 2
            figures.reachedImplementation = Int(id) % 4
            figures.stageMoves = Int(id) * 2
            figures.innovationsStarted = Int(id) % 5
            byAgency[id] = figures
        }
        byAgency[2]?.proposalsIn = 1_234
        return YearReport(year: year, byAgency: byAgency, mentoring: MentoringYear())
    }

    func runtime(_ size: Size, _ language: Language = .id) -> (DashboardRuntime<MemoryTerminal>, DashboardFakeData) {
        let data = DashboardFakeData()
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: MemoryTerminal(size: size, colorDepth: .none), data: data,
            state: DashboardFixtures.state(width: size.width, height: size.height, language: language),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        return (runtime, data)
    }

    @Test("y cycles all years → 2026 → 2025 → 2024 → all years, reading each year chosen")
    func reducerCycle() throws {
        var state = DashboardFixtures.state()
        #expect(state.progress.year == nil)
        var effects = DashboardReducer.reduce(into: &state, action: .yearCycled)
        let jakarta = state.context.timeZone
        #expect(state.progress.year?.value == 2026)
        #expect(effects == [.loadYear(try #require(ReportingYear(2026)), timeZone: jakarta)])
        _ = DashboardReducer.reduce(into: &state, action: .yearLoaded(Self.figures(try #require(ReportingYear(2026)))))
        #expect(state.progress.yearFigures?.year.value == 2026)
        effects = DashboardReducer.reduce(into: &state, action: .yearCycled)
        #expect(state.progress.year?.value == 2025 && state.progress.yearFigures == nil)
        #expect(effects == [.loadYear(try #require(ReportingYear(2025)), timeZone: jakarta)])
        // A late answer for the year left behind is dropped.
        _ = DashboardReducer.reduce(into: &state, action: .yearLoaded(Self.figures(try #require(ReportingYear(2026)))))
        #expect(state.progress.yearFigures == nil)
        _ = DashboardReducer.reduce(into: &state, action: .yearCycled)
        #expect(state.progress.year?.value == 2024)
        effects = DashboardReducer.reduce(into: &state, action: .yearCycled)
        #expect(state.progress.year == nil && effects.isEmpty)
        // A reload of the table reads the year shown again.
        _ = DashboardReducer.reduce(into: &state, action: .yearCycled)
        effects = DashboardReducer.reduce(into: &state, action: .progressLoaded(DashboardFixtures.progress))
        #expect(effects == [.loadYear(try #require(ReportingYear(2026)), timeZone: jakarta)])
    }

    @Test("y is the OPD table's key; the help lists it")
    func keyMap() {
        #expect(KeyMap.standard.action(for: .character("y"), in: .pane(.progress)) == .yearCycled)
        #expect(KeyMap.standard.action(for: .character("y"), in: .pane(.queue)) == nil)
    }

    @Test("the year's table at 160×48 and 80×24, in both languages", arguments: [(160, 48), (80, 24)])
    func snapshots(width: Int, height: Int) throws {
        for language in [Language.id, .en] {
            let (runtime, data) = runtime(Size(width: width, height: height), language)
            runtime.handle(.key(.character("y")))
            #expect(data.yearsRead.map(\.value) == [2026])
            let canvas = runtime.canvas
            let text = canvas.text()
            #expect(text.contains(language == .id ? "Tahun 2026" : "Year 2026"))
            assertSnapshot(canvas, named: "progress-year-\(width)x\(height)-\(language.rawValue)")
            runtime.handle(.key(.character("y")))
            #expect(runtime.canvas.text().contains(language == .id ? "Tahun 2025" : "Year 2025"))
            runtime.handle(.key(.character("y")))
            runtime.handle(.key(.character("y")))
            #expect(!runtime.canvas.text().contains(language == .id ? "Tahun 20" : "Year 20"), "all years again")
        }
    }
}
