import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

@testable import InovasiTUI

/// The city demo in a store read as the kiosk reads it, with a fixed clock: the wall pages'
/// data, loaded through the dashboard's own effects and the store adapter.
final class KioskDemo {
    static let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
    /// Monday 7 December 2026, 10:00 WIB.
    static let now = Fixture.now

    let folder: TestFolder
    let path: String
    let data: DemoDataSet
    let source: StoreDashboardSource

    init() throws {
        folder = try TestFolder()
        path = folder.path("demo.sqlite")
        data = DemoGenerator.make(scale: .city, seed: 2022, now: Self.now)
        let store = try Store.create(at: path, creator: "admin", now: Self.now)
        try store.importDemo(data, by: "admin", now: Self.now)
        source = StoreDashboardSource(
            store: try Store.open(at: path, mode: .readOnly), actor: "kiosk", zone: Self.zone)
    }

    /// The kiosk's state at `size` after its start-up reads, showing `pages` from the first.
    func state(
        _ size: Size, _ language: Language = .id, pages: [KioskPage] = KioskPage.allCases
    ) -> DashboardState {
        var context = DashboardContext(
            cityName: "Kota Cilegon", userName: NSUserName(), role: .viewer, dataPath: path, isDemo: true,
            isReadOnly: true, isKiosk: true, timeZone: Self.zone, overdueDays: 14, kioskInterval: 20)
        context.kiosk = KioskSettings(pages: pages)
        var state = DashboardState(
            context: context, language: language, size: size, now: Self.now, themeName: "default")
        run(DashboardReducer.start(state), on: &state)
        run(DashboardReducer.reduce(into: &state, action: .ticked(Self.now)), on: &state)
        return state
    }

    /// Runs `effects` and the actions they give until nothing is left to do.
    func run(_ effects: [DashboardEffect], on state: inout DashboardState) {
        let runner = DashboardEffectRunner(data: source, desk: nil, innovations: nil)
        var pending = effects.flatMap { runner.run($0) }
        while !pending.isEmpty {
            let action = pending.removeFirst()
            pending += DashboardReducer.reduce(into: &state, action: action).flatMap { runner.run($0) }
        }
    }

    /// The frame as text.
    static func text(_ state: DashboardState) -> String {
        DashboardView.render(state, theme: .builtIn).text()
    }
}
