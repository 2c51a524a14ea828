import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A config file in memory: what the next read gives, and whether it changed since the last one.
final class FakeConfigSource: ConfigSource {
    var next: ConfigReload
    var changed = false
    var reads: [Bool] = []

    init(_ next: ConfigReload) { self.next = next }

    func reloadConfig(onlyIfChanged: Bool) -> ConfigReload {
        reads.append(onlyIfChanged)
        if onlyIfChanged, !changed { return .unchanged }
        changed = false
        return next
    }
}

@Suite("Reading the config file again: Ctrl-R, and the kiosk when the file changes")
struct ConfigReloadTests {
    static let bad = Localized(
        id: "Nilai kunci “overdueDays” tidak sah (baris 3)", en: "Invalid value for key “overdueDays” (line 3)")

    static func settings() throws -> LiveSettings {
        let keys = try KeyMap.standard.rebound(["queue": ["take": ["T"]]]).get()
        var scoring = ScoringRules.standard
        scoring.threshold = 4
        return LiveSettings(language: .en, overdueDays: 3, scoring: scoring, kioskInterval: 7, keyMap: keys)
    }

    func runtime(_ source: FakeConfigSource, kiosk: Bool = false) -> DashboardRuntime<MemoryTerminal> {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48), colorDepth: .trueColor)
        let catalog = ThemeCatalog(folders: [])
        var state = DashboardFixtures.state()
        state.context.isKiosk = kiosk
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), config: source, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        return runtime
    }

    @Test("Ctrl-R asks for the file again through the effect")
    func key() {
        var state = DashboardFixtures.state()
        let action = state.context.keyMap.action(for: .control("r"), in: .pane(.progress))
        #expect(action == .configReloadRequested)
        #expect(
            DashboardReducer.reduce(into: &state, action: .configReloadRequested) == [
                .reloadConfig(onlyIfChanged: false)
            ])
    }

    @Test("a good file applies its live settings, says so and reads the panes again")
    func good() throws {
        var state = DashboardFixtures.state()
        let effects = DashboardReducer.reduce(into: &state, action: .configReloaded(try Self.settings()))
        #expect(state.language == .en)
        #expect(state.context.overdueDays == 3)
        #expect(state.context.scoring.threshold == 4)
        #expect(state.context.kioskInterval == 7)
        #expect(state.context.keyMap.action(for: .character("T"), in: .pane(.queue)) == .takeRequested)
        #expect(state.flash?.text(.id) == "konfigurasi dimuat ulang")
        #expect(state.flash?.isError == false)
        #expect(effects.contains { if case .loadProgress(let rule) = $0 { rule.overdueDays == 3 } else { false } })
    }

    @Test("a bad file keeps the old settings and shows the message naming the line")
    func bad() {
        var state = DashboardFixtures.state()
        let before = state.context
        let effects = DashboardReducer.reduce(into: &state, action: .configReloadFailed(Self.bad))
        #expect(effects.isEmpty)
        #expect(state.context == before)
        #expect(state.flash?.isError == true)
        #expect(state.flash?.text(.en) == "keeping the old configuration: Invalid value for key “overdueDays” (line 3)")
    }

    @Test("the runner turns the source's answer into the action; without a source Ctrl-R says so")
    func runner() throws {
        let source = FakeConfigSource(.loaded(try Self.settings()))
        let runner = DashboardEffectRunner(data: DashboardFakeData(), desk: nil, innovations: nil, config: source)
        #expect(runner.run(.reloadConfig(onlyIfChanged: false)) == [.configReloaded(try Self.settings())])
        #expect(runner.run(.reloadConfig(onlyIfChanged: true)).isEmpty)
        source.next = .refused(Self.bad)
        #expect(runner.run(.reloadConfig(onlyIfChanged: false)) == [.configReloadFailed(Self.bad)])
        let none = DashboardEffectRunner(data: DashboardFakeData(), desk: nil, innovations: nil)
        #expect(none.run(.reloadConfig(onlyIfChanged: false)) == [.configReloadFailed(ConfigReloadText.unavailable)])
        #expect(none.run(.reloadConfig(onlyIfChanged: true)).isEmpty)
    }

    @Test("Ctrl-R in the running dashboard: a good file rebinds the keys, a bad one keeps them")
    func endToEnd() throws {
        let source = FakeConfigSource(.loaded(try Self.settings()))
        let runtime = runtime(source)
        runtime.handle(.key(.control("r")))
        #expect(source.reads == [false])
        #expect(runtime.state.context.keyMap.action(for: .character("T"), in: .pane(.queue)) == .takeRequested)
        #expect(runtime.state.flash?.text(.en) == "configuration reloaded")
        source.next = .refused(Self.bad)
        runtime.handle(.key(.control("r")))
        #expect(runtime.state.context.keyMap.action(for: .character("T"), in: .pane(.queue)) == .takeRequested)
        #expect(runtime.state.context.overdueDays == 3)
        #expect(runtime.state.flash?.isError == true)
    }

    @Test("the kiosk reads the file on its tick only when it changed, and has no Ctrl-R")
    func kiosk() throws {
        let source = FakeConfigSource(.loaded(try Self.settings()))
        let runtime = runtime(source, kiosk: true)
        #expect(runtime.state.context.keyMap.action(for: .control("r"), in: .kiosk) == nil)
        runtime.handle(.key(.control("r")))
        runtime.handle(.tick)
        #expect(!source.reads.contains(false))
        #expect(runtime.state.context.overdueDays == DashboardFixtures.state().context.overdueDays)
        source.changed = true
        runtime.handle(.tick)
        #expect(runtime.state.context.overdueDays == 3)
        #expect(runtime.state.context.kioskInterval == 7)
    }

    @Test("a theme named by the reloaded file is switched to; one that cannot be found is named as a problem")
    func theme() throws {
        var settings = try Self.settings()
        settings.theme = "default"
        var state = DashboardFixtures.state()
        let effects = DashboardReducer.reduce(into: &state, action: .configReloaded(settings))
        #expect(effects.first == .selectTheme("default"))
        let source = FakeConfigSource(.loaded(settings))
        let runtime = runtime(source)
        runtime.handle(.key(.control("r")))
        #expect(runtime.state.themeName == "default")
        #expect(runtime.state.flash?.isError == false)
        settings.theme = "no-such-theme"
        source.next = .loaded(settings)
        runtime.handle(.key(.control("r")))
        #expect(runtime.state.flash?.isError == true)
        #expect(runtime.state.flash?.text(.en).contains("no-such-theme") == true)
    }
}
