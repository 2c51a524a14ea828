import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The terminal's glyph range reaches the widgets through the runtime's theme: on the Linux console
/// the OPD table's coverage gauges use no eighth blocks.
@Suite("Console glyphs in the dashboard")
struct ConsoleGlyphTests {
    static let eighths = "▏▎▍▋▊▉"

    func screen(glyphs: GlyphRange) -> String {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48), colorDepth: .eight)
        terminal.glyphs = glyphs
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), desk: DashboardFakeDesk(),
            state: DashboardFixtures.state(width: 160, height: 48),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        return terminal.lastCanvas?.text() ?? ""
    }

    @Test("a terminal emulator gets eighth blocks in the gauges, the console only whole and half cells")
    func gaugesFollowTheTerminal() {
        let emulator = screen(glyphs: .unicode)
        let console = screen(glyphs: .console)
        #expect(emulator.contains { Self.eighths.contains($0) }, "the fixture's gauges end in a partial cell")
        #expect(console.contains("░"), "gauges drawn")
        #expect(!console.contains { Self.eighths.contains($0) })
    }
}
