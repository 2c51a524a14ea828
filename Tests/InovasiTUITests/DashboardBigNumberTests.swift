import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// At national scale no figure of the OPD table is cut: its number columns grow to the widest one.
@Suite("Dashboard: the OPD table's numbers at national scale")
struct DashboardBigNumberTests {
    /// Six OPDs with national-sized figures, so the city total reads 45.651 initiatives, 17.500
    /// waiting, 5.000 overdue and 441 of 1.559 bidang, as the national demo's did.
    static let rows: [AgencyProgress] = (0..<6).map { index in
        DashboardFixtures.row(
            index, stages: [.initiative: index == 0 ? 40_651 : 1_000, .trial: 700 + index, .implementation: 990],
            waiting: index == 0 ? 12_500 : 1_000, overdue: index == 0 ? 0 : 1_000, main: index.isMultiple(of: 2),
            divisions: (index == 0 ? 436 : 1, index == 0 ? 1_554 : 1))
    }

    func screen(width: Int, height: Int, language: Language = .id) -> String {
        let data = DashboardFakeData()
        data.progressRows = Self.rows
        let terminal = MemoryTerminal(size: Size(width: width, height: height), colorDepth: .trueColor)
        let catalog = ThemeCatalog(folders: [])
        var state = DashboardFixtures.state(width: width, height: height)
        state.language = language
        let runtime = DashboardRuntime(
            backend: terminal, data: data, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        return terminal.lastCanvas?.text() ?? ""
    }

    @Test("the totals row shows every figure whole, at every standard size and in both languages")
    func totalsRowWhole() {
        for (width, height) in [(160, 48), (120, 40), (80, 24)] {
            for language in [Language.id, .en] {
                let text = screen(width: width, height: height, language: language)
                let total = text.split(separator: "\n").first { $0.contains(ProgressText.total.text(language)) }
                let line = String(total?.split(separator: "║").first ?? "")
                let group = language == .id ? "." : ","
                for figure in ["45\(group)651", "4\(group)215", "5\(group)940", "17\(group)500", "!5\(group)000"] {
                    #expect(line.contains(figure), "\(width)×\(height) \(language): \(figure) in \(line)")
                }
                #expect(line.contains("441/1\(group)559"), "\(width)×\(height) \(language): \(line)")
                #expect(!line.contains("…"), "\(width)×\(height) \(language): \(line)")
            }
        }
    }

    @Test("an OPD's own big figures are whole too")
    func rowFiguresWhole() {
        let text = screen(width: 120, height: 40)
        let line = String(text.split(separator: "\n").first { $0.contains("40.651") } ?? "")
        #expect(line.contains("12.500"), "\(line)")
        #expect(line.contains("436/1.554"), "\(line)")
    }
}
