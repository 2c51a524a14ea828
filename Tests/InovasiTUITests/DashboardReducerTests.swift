import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Dashboard reducer: panes, lists and overlays")
struct DashboardReducerTests {
    func loaded(width: Int = 160, height: Int = 48) -> DashboardState {
        var state = DashboardFixtures.state(width: width, height: height)
        _ = DashboardReducer.reduce(into: &state, action: .progressLoaded(DashboardFixtures.progress))
        return state
    }

    @Test("start loads data version, progress, a queue window and this month's sessions")
    func start() {
        let state = DashboardFixtures.state()
        let effects = DashboardReducer.start(state)
        #expect(effects.contains(.readDataVersion))
        #expect(effects.contains(.loadProgress(state.overdueRule)))
        let december = CalendarDay(year: 2026, month: 12, day: 1)!
        #expect(effects.contains(.loadSessions(month: december, timeZone: state.context.timeZone)))
        #expect(effects.contains { if case .loadQueue(let request) = $0 { request.offset == 0 } else { false } })
    }

    @Test("Tab, Shift-Tab and digits move the focus between the three panes")
    func focus() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .paneFocusedNext)
        #expect(state.focus == .calendar)
        _ = DashboardReducer.reduce(into: &state, action: .paneFocusedNext)
        #expect(state.focus == .queue)
        _ = DashboardReducer.reduce(into: &state, action: .paneFocusedNext)
        #expect(state.focus == .progress)
        _ = DashboardReducer.reduce(into: &state, action: .paneFocusedPrevious)
        #expect(state.focus == .queue)
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.calendar))
        #expect(state.focus == .calendar)
    }

    @Test("kelurahan sit under their kecamatan and collapse with it")
    func grouping() {
        var state = loaded()
        #expect(state.progress.rows.map(\.id) == [1, 2, 3, 4, 5, 6])
        #expect(state.progress.rows.map(\.depth) == [0, 0, 0, 0, 1, 1])
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(4))
        #expect(state.progress.selectedRow?.id == 5)
        _ = DashboardReducer.reduce(into: &state, action: .groupCollapsed)
        #expect(state.progress.selectedRow?.id == 4)
        _ = DashboardReducer.reduce(into: &state, action: .groupCollapsed)
        #expect(state.progress.rows.map(\.id) == [1, 2, 3, 4])
        #expect(state.progress.selectedRow?.isCollapsed == true)
        _ = DashboardReducer.reduce(into: &state, action: .groupExpanded)
        #expect(state.progress.rows.count == 6)
    }

    @Test("s cycles the sort column and S reverses it, keeping the selection")
    func sorting() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        _ = DashboardReducer.reduce(into: &state, action: .sortCycled)
        #expect(state.progress.sort == .name)
        #expect(state.progress.rows.map(\.id) == [1, 3, 2, 4, 5, 6])
        _ = DashboardReducer.reduce(into: &state, action: .sortCycled)
        #expect(state.progress.sort == .initiative)
        _ = DashboardReducer.reduce(into: &state, action: .sortReversed)
        #expect(state.progress.rows.first?.id == 1)
        #expect(state.progress.selectedRow?.id == 2)
    }

    @Test("/ filters OPDs by name live, Esc restores, Enter keeps the filter")
    func filter() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .searchStarted)
        #expect(state.prompt == SearchPrompt(target: .pane(.progress)))
        for character in "kali" { _ = DashboardReducer.reduce(into: &state, action: .searchTyped(character)) }
        #expect(state.progress.rows.map(\.id) == [4, 6])
        _ = DashboardReducer.reduce(into: &state, action: .searchCommitted)
        #expect(state.prompt == nil)
        #expect(state.progress.filter == "kali")
        _ = DashboardReducer.reduce(into: &state, action: .closed)
        #expect(state.progress.filter.isEmpty)
        #expect(state.progress.rows.count == 6)
    }

    @Test("the queue pages through a virtual list and asks for rows it has not loaded")
    func queueWindow() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.queue))
        let visible = DashboardLayout(state: state).visibleRows(.queue)
        let page = QueuePage(offset: 0, items: DashboardFixtures.queueItems(count: visible * 3), total: 10_000)
        _ = DashboardReducer.reduce(into: &state, action: .queueLoaded(page))
        #expect(state.queue.total == 10_000)
        #expect(DashboardReducer.reduce(into: &state, action: .rowMoved(1)).isEmpty)
        #expect(state.queue.selectedID == 2)
        let effects = DashboardReducer.reduce(into: &state, action: .lastRowShown)
        #expect(state.queue.selected == 9_999)
        let window = QueueRequest(
            query: state.queue.query, overdue: state.overdueRule, offset: 10_000 - visible - visible,
            limit: visible * 3)
        #expect(effects == [.loadQueue(window)])
    }

    @Test("a reload keeps the selected proposal selected when rows shift")
    func queueKeepsSelection() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.queue))
        let items = DashboardFixtures.queueItems(count: 10)
        _ = DashboardReducer.reduce(into: &state, action: .queueLoaded(QueuePage(offset: 0, items: items, total: 10)))
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(5))
        #expect(state.queue.selectedID == 6)
        let shifted = Array(items.dropFirst(2))
        _ = DashboardReducer.reduce(into: &state, action: .queueLoaded(QueuePage(offset: 0, items: shifted, total: 8)))
        #expect(state.queue.selectedID == 6)
        #expect(state.queue.selected == 3)
    }

    @Test("the calendar moves by day, week and month, and t returns to today")
    func calendar() {
        var state = loaded()
        let data = DashboardFakeData()
        CalendarSettle.reload(&state, data: data)
        CalendarSettle.send(.paneFocused(.calendar), &state, data: data)
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 7))
        CalendarSettle.send(.dayMoved(7), &state, data: data)
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 14))
        let effects = CalendarSettle.send(.monthMoved(1), &state, data: data)
        #expect(state.calendar.selectedDay == CalendarDay(year: 2027, month: 1, day: 14))
        let january = CalendarDay(year: 2027, month: 1, day: 1)!
        let day = SessionListRequest(
            days: state.calendar.shownDays, timeZone: state.context.timeZone, cursorDay: state.calendar.selectedDay)
        #expect(effects == [.loadSessions(month: january, timeZone: state.context.timeZone), .loadListedSessions(day)])
        CalendarSettle.send(.todayShown, &state, data: data)
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 7))
    }

    @Test("Enter opens the detail of the selection; Esc closes it")
    func openClose() throws {
        var state = loaded()
        // The detail's trend covers the last twelve months up to this one (7 December 2026).
        let window = try #require(
            YearMonth(year: 2026, month: 1).flatMap { first in
                YearMonth(year: 2026, month: 12).map {
                    TrendWindow(first: first, last: $0, timeZone: state.context.timeZone)
                }
            })
        #expect(DashboardReducer.reduce(into: &state, action: .opened) == [.loadAgencyDetail(1, trend: window)])
        let detail = AgencyDetail(
            agency: DashboardFixtures.agencies[0], innovations: [], proposals: [], divisions: [],
            divisionsWithMain: [], sessions: [])
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(detail))
        #expect(state.overlays.count == 1)
        _ = DashboardReducer.reduce(into: &state, action: .paneFocusedNext)
        #expect(state.focus == .progress)
        _ = DashboardReducer.reduce(into: &state, action: .closed)
        #expect(state.overlays.isEmpty)
    }

    @Test("Enter on a calendar day without sessions flashes a message instead")
    func emptyDay() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.calendar))
        let data = DashboardFakeData()
        CalendarSettle.reload(&state, data: data)
        let day = state.calendar.selectedDay
        #expect(
            DashboardReducer.reduce(into: &state, action: .opened)
                == [.loadSessionDay(day, timeZone: state.context.timeZone)])
        CalendarSettle.send(.dayMoved(1), &state, data: data)
        #expect(DashboardReducer.reduce(into: &state, action: .opened).isEmpty)
        #expect(state.flash?.text(.id) == "Tidak ada sesi pendampingan pada hari ini.")
    }

    @Test("z zooms the focused pane and Esc leaves the zoom")
    func zoom() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .zoomToggled)
        #expect(DashboardLayout(state: state).panes.keys.sorted { $0.rawValue < $1.rawValue } == [.progress])
        _ = DashboardReducer.reduce(into: &state, action: .closed)
        #expect(!state.isZoomed)
        #expect(DashboardLayout(state: state).panes.count == 3)
    }

    @Test("? opens and closes the help overlay")
    func help() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .helpShown)
        #expect(state.topOverlay?.kind == .help)
        _ = DashboardReducer.reduce(into: &state, action: .helpShown)
        #expect(state.overlays.isEmpty)
    }

    @Test("a new data version reloads what is shown; the same version does nothing")
    func liveReload() {
        var state = loaded()
        #expect(DashboardReducer.reduce(into: &state, action: .dataVersionRead(3)).isEmpty)
        #expect(DashboardReducer.reduce(into: &state, action: .dataVersionRead(3)).isEmpty)
        let effects = DashboardReducer.reduce(into: &state, action: .dataVersionRead(4))
        #expect(effects.contains(.loadProgress(state.overdueRule)))
        #expect(effects.contains { if case .loadQueue = $0 { true } else { false } })
    }

    @Test("a tick clears an expired flash and checks the data version")
    func tick() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .languageToggled)
        #expect(state.language == .en)
        #expect(state.flash != nil)
        let later = DashboardFixtures.now.addingTimeInterval(10)
        #expect(DashboardReducer.reduce(into: &state, action: .ticked(later)) == [.readDataVersion])
        #expect(state.flash == nil)
    }

    @Test("the layout switches to tabs below 120 columns and to 'too small' below 80×24")
    func layoutModes() {
        #expect(DashboardFixtures.state(width: 160, height: 48).layoutMode == .threePanes)
        #expect(DashboardFixtures.state(width: 100, height: 30).layoutMode == .tabs)
        #expect(DashboardFixtures.state(width: 70, height: 20).layoutMode == .tooSmall)
        #expect(DashboardFixtures.state(width: 80, height: 23).layoutMode == .tooSmall)
    }

    @Test("in an overlay, / searches and n jumps to the matching line")
    func overlaySearch() throws {
        var state = loaded(width: 120, height: 30)
        _ = DashboardReducer.reduce(into: &state, action: .helpShown)
        _ = DashboardReducer.reduce(into: &state, action: .closed)
        var proposal = Fixtures.proposal()
        proposal.design = (1...60).map { "Kalimat rancang bangun nomor \($0)." }.joined(separator: " ") + " KATAKUNCI."
        let detail = ProposalDetail(
            proposal: proposal, agencyName: "Dinas Kesehatan", divisionName: nil, assignee: nil, scores: [],
            history: [])
        _ = DashboardReducer.reduce(into: &state, action: .proposalDetailLoaded(detail))
        _ = DashboardReducer.reduce(into: &state, action: .searchStarted)
        for character in "katakunci" { _ = DashboardReducer.reduce(into: &state, action: .searchTyped(character)) }
        _ = DashboardReducer.reduce(into: &state, action: .searchCommitted)
        _ = DashboardReducer.reduce(into: &state, action: .nextMatchShown)
        let lines = OverlayDocument.build(.proposal(detail), state: state, width: 120)
        let scroll = state.topOverlay?.scroll ?? -1
        let visible = DashboardLayout(state: state).overlayLines
        let hit = try #require(lines.firstIndex { $0.plainText.contains("KATAKUNCI") })
        #expect(scroll > 0)
        #expect((scroll..<scroll + visible).contains(hit))
    }
}

/// A valid proposal for TUI tests.
enum Fixtures {
    static func proposal() -> Proposal {
        Proposal(
            id: 42, title: "Posyandu Digital", agencyID: 2, initiatorKind: .civilServant,
            initiatorName: "dr. Siti Rahmawati", form: .publicService, kind: .digital, affair: "kesehatan",
            design: "Pencatatan tumbuh kembang balita melalui aplikasi.", goal: "Data gizi balita tercatat rapi.",
            benefit: "Kader posyandu bekerja lebih cepat.", expectedResult: "Seluruh posyandu memakai aplikasi.",
            budget: 125_000_000, submittedAt: DashboardFixtures.now.addingTimeInterval(-20 * 86_400),
            status: .inReview, version: 2)
    }
}
