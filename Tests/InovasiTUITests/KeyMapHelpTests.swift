import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Help and hints from the key map in force")
struct KeyMapHelpTests {
    /// `map` with the keys of every binding for `action` replaced by `keys`.
    static func rebound(_ map: KeyMap, _ action: DashboardAction, to keys: [Key]) -> KeyMap {
        func swap(_ bindings: [KeyBinding]) -> [KeyBinding] {
            bindings.map { binding in
                var binding = binding
                if binding.action == action { binding.keys = keys }
                return binding
            }
        }
        return KeyMap(global: swap(map.global), contexts: map.contexts.mapValues(swap))
    }

    func runtime(keyMap: KeyMap) -> (DashboardRuntime<MemoryTerminal>, MemoryTerminal) {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48), colorDepth: .trueColor)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), state: DashboardFixtures.state(),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), keyMap: keyMap,
            clock: { DashboardFixtures.now })
        runtime.start()
        return (runtime, terminal)
    }

    func lines(_ terminal: MemoryTerminal) -> [String] {
        (terminal.lastCanvas?.text() ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func helpLines(_ state: DashboardState) -> [String] {
        HelpDocument.lines(state: state, width: 80).map(\.plainText)
    }

    @Test("the help overlay and the status hints show the custom keys the runtime was given")
    func customKeyMap() {
        var custom = Self.rebound(.standard, .helpShown, to: [.function(1)])
        custom = Self.rebound(custom, .quitRequested, to: [.control("q")])
        let (runtime, terminal) = runtime(keyMap: custom)
        let status = lines(terminal).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(status.contains("F1"))
        #expect(status.contains("Ctrl-Q"))
        #expect(!status.contains("?"))
        runtime.handle(.key(.function(1)))
        #expect(runtime.state.topOverlay?.kind == .help)
        let help = lines(terminal)
        #expect(help.contains { $0.contains("F1") && $0.contains("bantuan") })
        #expect(help.contains { $0.contains("Ctrl-Q") && $0.contains("keluar dari program") })
        #expect(!help.contains { $0.contains(" ? ") && $0.contains("bantuan") })
    }

    @Test("a context binding of a key that is also global wins, and the help shows only that one")
    func precedence() {
        var custom = KeyMap.standard
        custom.contexts[.pane(.progress), default: []].insert(
            KeyBinding([.character("q")], .sortCycled, Localized(id: "urut khusus", en: "custom sort")), at: 0)
        #expect(custom.action(for: .character("q"), in: .pane(.progress)) == .sortCycled)
        #expect(custom.action(for: .character("q"), in: .pane(.queue)) == .quitRequested)
        let (runtime, terminal) = runtime(keyMap: custom)
        let status = lines(terminal).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(!status.contains("keluar dari program"))
        runtime.handle(.key(.character("?")))
        // The popup's lines only: below it, the status line holds the hints of the help itself.
        let help = lines(terminal).filter { $0.contains("║") }
        #expect(help.contains { $0.contains("q") && $0.contains("urut khusus") })
        #expect(!help.contains { $0.contains("keluar dari program") })
    }

    @Test("the help inside a detail lists no pane keys, and those keys do nothing there")
    func detailHelp() {
        var state = DashboardFixtures.state()
        _ = DashboardReducer.reduce(into: &state, action: .progressLoaded(DashboardFixtures.progress))
        let detail = ProposalDetail(
            proposal: Fixtures.proposal(), agencyName: "Dinas Kesehatan", divisionName: nil, assignee: nil,
            scores: [], history: [])
        _ = DashboardReducer.reduce(into: &state, action: .proposalDetailLoaded(detail))
        let paneActions: [DashboardAction] = [
            .paneFocusedNext, .paneFocusedPrevious, .paneFocused(.progress), .paneFocused(.calendar),
            .paneFocused(.queue), .zoomToggled,
        ]
        for context in [KeyContext.proposalDetail, .overlay, .agencyDetail] {
            let actions = KeyMap.standard.bindings(in: context).map(\.action)
            #expect(!actions.contains { paneActions.contains($0) }, "\(context)")
        }
        for action in paneActions {
            var after = state
            _ = DashboardReducer.reduce(into: &after, action: action)
            #expect(after == state, "\(action)")
        }
        state.overlays.append(Overlay(kind: .help))
        let help = helpLines(state)
        for text in ["panel berikutnya", "panel kalender", "panel antrean", "perbesar panel"] {
            #expect(!help.contains { $0.contains(text) }, "\(text)")
        }
        #expect(help.contains { $0.contains("beri nilai") })
    }

    @Test("the help in a pane still lists the pane keys")
    func paneHelp() {
        var state = DashboardFixtures.state()
        state.overlays.append(Overlay(kind: .help))
        let help = helpLines(state)
        #expect(help.contains { $0.contains("Tab") && $0.contains("panel berikutnya") })
        #expect(help.contains { $0.contains("3") && $0.contains("panel antrean") })
    }

    @Test("in the help, search keys are neither bound nor hinted, since search does not reach it")
    func helpContext() {
        let (runtime, terminal) = runtime(keyMap: .standard)
        runtime.handle(.key(.character("?")))
        #expect(KeyMap.context(of: runtime.state) == .help)
        let status = lines(terminal).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(!status.contains("cari"))
        #expect(status.contains("gulir ke bawah"))
        for key in [Key.character("/"), .character("n"), .character("N")] {
            #expect(KeyMap.standard.action(for: key, in: .help) == nil)
        }
        runtime.handle(.key(.character("?")))
        #expect(runtime.state.overlays.isEmpty)
    }
}
