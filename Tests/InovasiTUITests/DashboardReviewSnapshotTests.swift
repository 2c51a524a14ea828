import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// Text snapshots of the review forms, the confirmation and the proposal's history, in both languages.
@Suite("Review snapshots")
struct DashboardReviewSnapshotTests {
    func frame(_ language: Language, role: Role = .admin, keys: [Key]) -> Canvas {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40), colorDepth: .none)
        var state = DashboardFixtures.state(width: 120, height: 40, language: language)
        state.context.role = role
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), desk: DashboardFakeDesk(), state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        for key in [Key.character("3")] + keys { runtime.handle(.key(key)) }
        return runtime.canvas
    }

    @Test("the scoring form with values, a note being typed and the live verdict", arguments: Language.allCases)
    func scoring(language: Language) {
        let keys: [Key] = [.character("s"), .character("4"), .character("5"), .character("2"), .enter, .character("!")]
        assertSnapshot(frame(language, keys: keys), named: "review-score-120x40-\(language.rawValue)")
    }

    @Test("the decision confirmation", arguments: Language.allCases)
    func confirmation(language: Language) {
        let keys: [Key] = [.character("d"), .character("2"), .down, .enter, .character("X"), .escape, .down, .enter]
        assertSnapshot(frame(language, keys: keys), named: "review-confirm-120x40-\(language.rawValue)")
    }

    @Test("the reviewer picker and the queue filter", arguments: Language.allCases)
    func pickers(language: Language) {
        assertSnapshot(
            frame(language, keys: [.character(" "), .character("a")]),
            named: "review-assign-120x40-\(language.rawValue)")
        assertSnapshot(
            frame(language, keys: [.character("f"), .down, .right]), named: "review-filter-120x40-\(language.rawValue)")
    }

    @Test("the proposal's history and every reviewer's scores side by side", arguments: Language.allCases)
    func history(language: Language) {
        assertSnapshot(
            frame(language, keys: [.enter, .character("G")]), named: "review-history-120x40-\(language.rawValue)")
    }
}
