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

    /// The pages shown at each interval from the start, as (page, OPD screenful).
    func cycle(_ state: inout DashboardState, intervals: Int) -> [String] {
        var time = DashboardFixtures.now
        _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
        time += 10
        _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
        var seen = ["\(state.kiosk.page(in: state.context.kiosk.pages))"]
        for _ in 0..<intervals {
            time += 20
            _ = DashboardReducer.reduce(into: &state, action: .ticked(time))
            let page = state.kiosk.page(in: state.context.kiosk.pages)
            seen.append(page == .opd ? "opd\(state.kiosk.agencyPage + 1)" : "\(page)")
        }
        return seen
    }

    @Test("the pages in the standard order, one per interval, the OPD page a screenful at a time")
    func round() {
        var state = kioskState(width: 80, height: 25)
        state.progress.all = (0..<25).map { index in
            var row = DashboardFixtures.progress[index % DashboardFixtures.progress.count]
            row.agency.id = Int64(index + 1)
            row.agency.parentID = nil
            return row
        }
        // 25 OPDs, 20 to a screenful at 80×25: two screenfuls.
        #expect(cycle(&state, intervals: 5) == ["city", "opd1", "opd2", "calendar", "queue", "city"])
    }

    @Test("the pages and their order follow the config's kiosk.pages")
    func configuredOrder() {
        var state = kioskState()
        state.context.kiosk = KioskSettings(pages: [.queue, .calendar, .city])
        #expect(cycle(&state, intervals: 4) == ["queue", "calendar", "city", "queue", "calendar"])
        state.context.kiosk = KioskSettings(pages: [.calendar])
        state.kiosk = KioskPageState()
        #expect(cycle(&state, intervals: 2) == ["calendar", "calendar", "calendar"])
    }

    @Test("a new day reads the two-week agenda again; a reload after a commit reads it too")
    func agendaReads() {
        var state = kioskState()
        let first = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now))
        #expect(first.contains { if case .loadKioskAgenda = $0 { true } else { false } })
        let again = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now + 1))
        #expect(!again.contains { if case .loadKioskAgenda = $0 { true } else { false } })
        let tomorrow = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now + 86_400))
        #expect(
            tomorrow.contains(
                .loadKioskAgenda(
                    day: state.today, from: state.today.start(in: DashboardFixtures.zone),
                    to: state.today.adding(days: 14).start(in: DashboardFixtures.zone),
                    limit: KioskPageState.agendaLimit)))
        state.dataVersion = 1
        let reload = DashboardReducer.reduce(into: &state, action: .dataVersionRead(2))
        #expect(reload.contains { if case .loadKioskAgenda = $0 { true } else { false } })
    }

    @Test("no selection bar, no key hints; the last row fills as the next page nears")
    func nextPageBar() {
        var state = kioskState(width: 80, height: 25)
        _ = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now))
        _ = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now + 5))
        let lines = DashboardView.render(state, theme: .builtIn).text().split(
            separator: "\n", omittingEmptySubsequences: false)
        // The canvas's text drops trailing spaces: a quarter of the interval fills a quarter of the row.
        #expect(lines.last == Substring(String(repeating: "▄", count: 20)))
        #expect(!lines.joined().contains("keluar"))
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

    @Test("the header shows the KIOSK badge, never the Unix user or the data file")
    func badges() {
        let canvas = DashboardView.render(kioskState(), theme: .builtIn)
        let header = canvas.text().split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("KIOS"))
        #expect(!header.contains("rina.h"))
        #expect(!header.contains("inovasi.sqlite"))
    }

    /// The bottom rows of the kiosk's frame: its status row and the next-page bar (and the burn-in margin).
    func statusLine(_ state: DashboardState) -> String {
        let lines = DashboardView.render(state, theme: .builtIn).text().split(separator: "\n").map(String.init)
        return lines.suffix(3).joined(separator: "\n")
    }

    @Test("the agenda page says a session is cancelled before its title, so a long title's cut never hides it")
    func cancelledInAgenda() {
        var state = kioskState(width: 80, height: 25)
        var off = DashboardFixtures.session(
            id: 9, day: 8, title: "Pendampingan Kajian Kebijakan Berbasis Bukti untuk Perangkat Daerah")
        off.status = .cancelled
        state.kiosk.agenda = [off, DashboardFixtures.session(id: 10, day: 9)]
        var canvas = Canvas(size: state.size)
        AgendaPageView.render(state, area: Rect(x: 0, y: 0, width: 80, height: 22), into: &canvas, theme: .builtIn)
        let text = canvas.text()
        #expect(text.contains("DIBATALKAN · Pendampingan Kajian"))
        #expect(text.contains("Klinik Inovasi Pelayanan Publik"))
        #expect(!text.contains("DIBATALKAN · Klinik"))
    }

    @Test("every tick of the kiosk looks at the data file before reading the data version")
    func tickChecksTheFile() {
        var state = kioskState()
        let effects = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now))
        #expect(effects.suffix(2) == [.checkDataFile, .readDataVersion])
    }

    @Test("a renamed file: the warning names the problem and how old the picture is, never the file")
    func renamedWarning() {
        var state = kioskState()
        state.loadedAt = DashboardFixtures.now
        #expect(statusLine(state).contains("data per"))
        let effects = DashboardReducer.reduce(
            into: &state, action: .dataFileChecked(.missing(path: "/srv/inovasi/inovasi.sqlite")))
        #expect(effects.isEmpty)
        let line = statusLine(state)
        #expect(line.contains("! Berkas data hilang · data per 10.00"))
        #expect(!line.contains("inovasi.sqlite"), "the kiosk never shows where its file is")
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
