import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// Text snapshots of each detail with its cursor moved, at 80 and 160 columns, and the keys the
/// details list in their help (issue 9, point 7).
@Suite("Details: snapshots with the cursor, and their keys")
struct DetailSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// A runtime on the fixture data, with two more sessions on 7 December, after `keys`.
    func frame(_ size: Size, _ language: Language, keys: [Key]) -> DashboardRuntime<MemoryTerminal> {
        let terminal = MemoryTerminal(size: size, colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        let data = DashboardFakeData()
        data.allSessions += [
            DashboardFixtures.session(id: 4, day: 7, hour: 13, title: "Bimbingan Teknis Inovasi Digital"),
            DashboardFixtures.session(id: 5, day: 7, hour: 15, title: "Laboratorium Inovasi: Tahap Deliver"),
        ]
        let runtime = DashboardRuntime(
            backend: terminal, data: data,
            state: DashboardFixtures.state(width: size.width, height: size.height, language: language),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        for key in keys { runtime.handle(.key(key)) }
        return runtime
    }

    func name(_ view: String, _ size: Size, _ language: Language) -> String {
        "detail-\(view)-\(size.width)x\(size.height)-\(language.rawValue)"
    }

    @Test("each detail with its cursor moved to a later item", arguments: sizes, Language.allCases)
    func cursor(size: Size, language: Language) {
        var agency = DashboardFixtures.state(width: size.width, height: size.height, language: language)
        _ = DashboardReducer.reduce(into: &agency, action: .agencyDetailLoaded(DetailFixtures.agency(innovations: 30)))
        for _ in 1...40 where agency.topOverlay?.selectedItem != .division(10) {
            _ = DashboardReducer.reduce(into: &agency, action: .rowMoved(1))
        }
        #expect(agency.topOverlay?.selectedItem == .division(10))
        let theme = ResolvedTheme(.builtIn, depth: .none)
        assertSnapshot(DashboardView.render(agency, theme: theme), named: name("agency", size, language))
        let proposal = frame(size, language, keys: [.character("3"), .enter, .character("G"), .character("j")])
        #expect(proposal.state.topOverlay?.selectedItem == .historyEntry(2))
        assertSnapshot(proposal.canvas, named: name("proposal", size, language))
        let sessions = frame(size, language, keys: [.character("2"), .enter, .character("j"), .character("j")])
        #expect(sessions.state.topOverlay?.selectedItem == .session(5))
        assertSnapshot(sessions.canvas, named: name("sessions", size, language))
    }

    @Test("the cursor line is drawn in the selection's look (reverse without colour), with a mark")
    func highlighted() throws {
        let canvas = frame(Size(width: 80, height: 24), .id, keys: [.enter]).canvas
        let rows = canvas.text().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.contains("▶") })
        #expect(rows[row].contains("Posyandu Digital"))
        #expect(canvas[40, row].style.attributes.contains(.reverse))
        #expect(!canvas[40, row + 1].style.attributes.contains(.reverse))
    }

    @Test("help in a detail lists the cursor keys; Enter only where it opens something")
    func detailKeys() {
        let map = KeyMap.standard
        #expect(map.action(for: .enter, in: .agencyDetail) == .opened)
        #expect(map.action(for: .enter, in: .overlay) == nil)
        #expect(map.action(for: .enter, in: .proposalDetail) == nil)
        let agencyHelp = frame(Size(width: 120, height: 40), .id, keys: [.enter, .character("?")]).canvas.text()
        #expect(agencyHelp.contains("butir berikutnya"))
        #expect(agencyHelp.contains("Enter") && agencyHelp.contains("buka usulan"))
        let sessionsHelp = frame(Size(width: 120, height: 40), .en, keys: [.character("2"), .enter, .character("?")])
            .canvas.text()
        #expect(sessionsHelp.contains("next item"))
        #expect(!sessionsHelp.contains("Enter"))
    }
}
