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

    /// The status line (the last line) of the kiosk's frame.
    func statusLine(_ state: DashboardState) -> String {
        let lines = DashboardView.render(state, theme: .builtIn).text().split(separator: "\n").map(String.init)
        return lines.last ?? ""
    }

    @Test("every tick of the kiosk looks at the data file before reading the data version")
    func tickChecksTheFile() {
        var state = kioskState()
        let effects = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now))
        #expect(effects.suffix(2) == [.checkDataFile, .readDataVersion])
    }

    @Test("a renamed file: the warning names the problem and the file, and 'data as of' goes")
    func renamedWarning() {
        var state = kioskState()
        state.loadedAt = DashboardFixtures.now
        #expect(statusLine(state).contains("data per"))
        let effects = DashboardReducer.reduce(
            into: &state, action: .dataFileChecked(.missing(path: "/srv/inovasi/inovasi.sqlite")))
        #expect(effects.isEmpty)
        let line = statusLine(state)
        #expect(line.contains("Berkas data hilang"))
        #expect(line.contains("inovasi.sqlite"))
        #expect(line.contains("tampil data per 10.00"))
        state.language = .en
        #expect(statusLine(state).contains("Data file gone"))
        _ = DashboardReducer.reduce(into: &state, action: .dataFileChecked(.unchanged))
        #expect(state.fileProblem == nil)
        #expect(!statusLine(state).contains("Data file gone"))
    }

    @Test("a replaced file, once reopened, clears the warning and reads everything again")
    func replacedReloads() {
        var state = kioskState()
        state.dataVersion = 7
        state.fileProblem = .truncated(path: "/srv/inovasi/inovasi.sqlite")
        let effects = DashboardReducer.reduce(into: &state, action: .dataFileChecked(.reopened))
        #expect(state.fileProblem == nil)
        #expect(state.dataVersion == nil)
        #expect(effects.contains(.loadProgress(state.overdueRule)))
        #expect(effects.contains { if case .loadQueue = $0 { true } else { false } })
        #expect(effects.contains { if case .loadSessions = $0 { true } else { false } })
    }
}
