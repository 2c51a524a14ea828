import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// Issue 12 point 7 in the progress pane: the total row's main column and the compliance line on
/// the pane's border; a kelurahan without bidang shows "—" and no bar.
@Suite("Progress compliance")
struct ProgressComplianceTests {
    func frame(_ size: Size, _ language: Language) -> Canvas {
        let terminal = MemoryTerminal(size: size, colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(),
            state: DashboardFixtures.state(width: size.width, height: size.height, language: language),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        return runtime.canvas
    }

    /// The progress pane's part (the left 11/20 of the screen) of the line holding `text`.
    func line(_ canvas: Canvas, containing text: String) throws -> String {
        let lines = canvas.text().split(separator: "\n").map { String($0.prefix(canvas.size.width * 11 / 20)) }
        return try #require(lines.first { $0.contains(text) }, "\(text)")
    }

    @Test("a kelurahan without bidang shows — and no bar; one with bidang keeps its figures", arguments: [120, 160])
    func villageWithoutDivisions(width: Int) throws {
        let canvas = frame(Size(width: width, height: 40), .id)
        let village = try line(canvas, containing: "Kelurahan Bul")
        #expect(village.contains("—"))
        #expect(!village.contains("0/0"))
        #expect(!village.contains("█") && !village.contains("#") && !village.contains("░"))
        let dinas = try line(canvas, containing: "Dinas Kesehatan")
        #expect(dinas.contains("3/3"))
    }

    @Test("the total row's main column and the border count OPD, kecamatan, kelurahan and bidang apart")
    func totals() throws {
        // Fixtures: a badan and a dinas with, a dinas without; a kecamatan with; one of two kelurahan with.
        let canvas = frame(Size(width: 160, height: 48), .id)
        let total = try line(canvas, containing: "Total Kota")
        #expect(total.contains("2/3"))
        #expect(total.contains("6/12"))
        let border = try line(canvas, containing: "Utama: OPD")
        #expect(border.contains("Utama: OPD 2/3 · kec. 1/1 · kel. 1/2 · bidang 6/12"))
        let english = frame(Size(width: 160, height: 48), .en)
        #expect(english.text().contains("Main: OPD 2/3 · kec. 1/1 · kel. 1/2 · bidang 6/12"))
    }
}
