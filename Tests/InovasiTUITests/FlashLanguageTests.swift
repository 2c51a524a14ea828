import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A refusal from the store, as the desk throws it: its message exists in both languages.
private struct Refused: ReviewRefusal {
    func message(_ language: Language) -> String {
        switch language {
        case .id: "Usulan #7 sudah diputuskan oleh dewi."
        case .en: "Proposal #7 was already decided by dewi."
        }
    }
}

@Suite("Messages on screen follow the language")
struct FlashLanguageTests {
    func runtime() -> (DashboardRuntime<MemoryTerminal>, MemoryTerminal) {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48), colorDepth: .trueColor)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), state: DashboardFixtures.state(),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), tickMilliseconds: 1_000,
            clock: { DashboardFixtures.now })
        runtime.start()
        return (runtime, terminal)
    }

    func statusLine(_ terminal: MemoryTerminal) -> String {
        terminal.lastCanvas?.text().split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test("L re-translates a flash already on screen")
    func flashRetranslated() {
        let (runtime, terminal) = runtime()
        runtime.send(.paneFocused(.calendar))
        runtime.send(.dayMoved(1))
        runtime.handle(.key(.enter))
        #expect(statusLine(terminal).contains("Tidak ada sesi pendampingan pada hari ini."))
        runtime.handle(.key(.character("L")))
        #expect(runtime.state.language == .en)
        #expect(statusLine(terminal).contains("No mentoring session on this day."))
        #expect(!statusLine(terminal).contains("Tidak ada sesi"))
    }

    @Test("L re-translates a store's refusal on screen, in the words the command line prints")
    func refusalRetranslated() {
        let (runtime, terminal) = runtime()
        runtime.send(.reviewRefused(Refused().localized))
        runtime.handle(.tick)
        #expect(statusLine(terminal).contains("Usulan #7 sudah diputuskan oleh dewi."))
        runtime.handle(.key(.character("L")))
        #expect(statusLine(terminal).contains("Proposal #7 was already decided by dewi."))
    }

    @Test("with no message on screen, L says which language is in force")
    func languageNamed() {
        let (runtime, terminal) = runtime()
        runtime.handle(.key(.character("L")))
        #expect(statusLine(terminal).contains("Language: English"))
    }
}
