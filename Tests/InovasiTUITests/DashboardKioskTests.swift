import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Kiosk: cycles its views, ignores stray keys")
struct DashboardKioskTests {
    func kioskState(width: Int = 160, height: Int = 48) -> DashboardState {
        var state = DashboardFixtures.state(width: width, height: height)
        state.context.isKiosk = true
        state.context.isReadOnly = true
        state.context.kioskInterval = 20
        return state
    }

    @Test("the overview, then each pane full screen, one view per interval")
    func round() {
        var state = kioskState()
        var time = DashboardFixtures.now
        _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
        #expect(!state.isZoomed)
        time += 10
        _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
        #expect(!state.isZoomed)
        var seen: [PaneID?] = []
        for _ in 0..<4 {
            time += 20
            _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
            seen.append(state.isZoomed ? state.focus : nil)
        }
        #expect(seen == [.progress, .calendar, .queue, nil])
    }

    @Test("in a narrow terminal it shows one pane after another")
    func tabs() {
        var state = kioskState(width: 100, height: 30)
        var time = DashboardFixtures.now
        _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
        var seen: [PaneID] = []
        for _ in 0..<3 {
            time += 20
            _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
            seen.append(state.focus)
        }
        #expect(seen == [.calendar, .queue, .progress])
    }

    @Test("stray keys do nothing; only a repaint is bound")
    func keys() {
        let state = kioskState()
        let keyMap = KeyMap.standard
        #expect(KeyMap.context(of: state) == .kiosk)
        for key: Key in [.character("q"), .enter, .escape, .character("?"), .tab, .character("/"), .down] {
            #expect(keyMap.action(for: key, in: .kiosk) == nil)
        }
        #expect(keyMap.action(for: .control("l"), in: .kiosk) == .redrawRequested)
    }

    @Test("the header shows the KIOSK and READ-ONLY badges")
    func badges() {
        let canvas = DashboardView.render(kioskState(), theme: .builtIn)
        let header = canvas.text().split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("KIOS"))
        #expect(header.contains("HANYA-BACA"))
    }
}
