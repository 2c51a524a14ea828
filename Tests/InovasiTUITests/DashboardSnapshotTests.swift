import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// Text snapshots of every pane and overlay at the three reference sizes, in both languages.
@Suite("Dashboard snapshots")
struct DashboardSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 160, height: 48)]

    /// A runtime on the fixture data, at `size`, in `language`, after `keys`.
    func frame(_ size: Size, _ language: Language, keys: [Key] = []) -> Canvas {
        let terminal = MemoryTerminal(size: size, colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(),
            state: DashboardFixtures.state(width: size.width, height: size.height, language: language),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        for key in keys { runtime.handle(.key(key)) }
        return runtime.canvas
    }

    func name(_ view: String, _ size: Size, _ language: Language) -> String {
        "dashboard-\(view)-\(size.width)x\(size.height)-\(language.rawValue)"
    }

    @Test("the dashboard as it opens", arguments: sizes, Language.allCases)
    func opening(size: Size, language: Language) {
        assertSnapshot(frame(size, language), named: name("opening", size, language))
    }

    @Test("each pane focused", arguments: sizes, Language.allCases)
    func panes(size: Size, language: Language) {
        assertSnapshot(frame(size, language, keys: [.character("2")]), named: name("calendar", size, language))
        assertSnapshot(frame(size, language, keys: [.character("3")]), named: name("queue", size, language))
    }

    @Test("each overlay", arguments: sizes, Language.allCases)
    func overlays(size: Size, language: Language) {
        assertSnapshot(frame(size, language, keys: [.enter]), named: name("agency", size, language))
        assertSnapshot(frame(size, language, keys: [.character("3"), .enter]), named: name("proposal", size, language))
        assertSnapshot(frame(size, language, keys: [.character("2"), .enter]), named: name("sessions", size, language))
        assertSnapshot(frame(size, language, keys: [.character("?")]), named: name("help", size, language))
    }

    @Test("filtering, zoom and the too-small screen")
    func states() {
        let size = Size(width: 120, height: 40)
        let filter: [Key] = [.character("/"), .character("k"), .character("e"), .character("l")]
        assertSnapshot(frame(size, .id, keys: filter), named: "dashboard-filter-prompt-120x40-id")
        assertSnapshot(frame(size, .id, keys: [.character("3"), .character("z")]), named: "dashboard-zoom-120x40-id")
        assertSnapshot(frame(Size(width: 70, height: 20), .en), named: "dashboard-too-small-70x20-en")
    }
}
