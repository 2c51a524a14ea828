import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The calendar's month, week and agenda views: keys, the session cursor, Enter, the header's next
/// session, the midnight move, and snapshots of the three views.
@Suite("Calendar views")
struct CalendarViewTests {
    /// A runtime on the calendar fixtures at `size`, the clock at `now`, after `keys`.
    func runtime(
        _ size: Size, _ language: Language = .id, keys: [Key] = [],
        clock: @escaping @Sendable () -> Date = {
            DashboardFixtures.now
        }
    ) -> DashboardRuntime<MemoryTerminal> {
        let terminal = MemoryTerminal(size: size, colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        let state = DashboardState(
            context: DashboardFixtures.context(), language: language, size: size, now: clock(), themeName: "default")
        let runtime = DashboardRuntime(
            backend: terminal, data: CalendarViewFixtures.data(), state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: clock)
        runtime.start()
        for key in keys { runtime.handle(.key(key)) }
        return runtime
    }

    /// The state after loading December's window with the fixtures, the calendar focused.
    func loaded() -> DashboardState {
        var state = DashboardFixtures.state()
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.calendar))
        CalendarSettle.reload(&state, data: CalendarViewFixtures.data())
        return state
    }

    @Test("m, w and a switch the view in the calendar; m stays the main flag in the OPD detail")
    func keys() {
        let map = KeyMap.standard
        for view in CalendarView.allCases {
            #expect(map.action(for: .character("w"), in: .calendar(view)) == .calendarViewChosen(.week))
            #expect(map.action(for: .character("a"), in: .calendar(view)) == .calendarViewChosen(.agenda))
            #expect(map.action(for: .character("m"), in: .calendar(view)) == .calendarViewChosen(.month))
        }
        #expect(map.action(for: .character("m"), in: .agencyDetail) == .mainToggled)
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(.week))
        #expect(state.calendar.view == .week)
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(.agenda))
        #expect(state.calendar.view == .agenda)
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(.month))
        #expect(state.calendar.view == .month)
    }

    @Test("the days probed for a month's grid run from the Monday of its first week to the Sunday of its last")
    func grid() {
        let december = CalendarPaneState.grid(month: CalendarDay(year: 2026, month: 12, day: 1)!)
        #expect(december.lowerBound == CalendarDay(year: 2026, month: 11, day: 30))
        #expect(december.upperBound == CalendarDay(year: 2027, month: 1, day: 3))
    }

    @Test("in the week view j/k move the cursor over the week's sessions, h/l and [/] move days and weeks")
    func weekCursor() {
        var state = loaded()
        let data = CalendarViewFixtures.data()
        let zone = state.context.timeZone
        CalendarSettle.send(.calendarViewChosen(.week), &state, data: data)
        #expect(state.calendar.listed(timeZone: zone).map(\.id) == [1, 2, 3, 4])
        CalendarSettle.send(.rowMoved(1), &state, data: data)
        CalendarSettle.send(.rowMoved(1), &state, data: data)
        #expect(CalendarReducer.selectedSession(state.calendar, timeZone: zone)?.id == 3)
        for _ in 0..<5 { _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1)) }
        #expect(CalendarReducer.selectedSession(state.calendar, timeZone: zone)?.id == 4)
        CalendarSettle.send(.rowMoved(-1), &state, data: data)
        #expect(CalendarReducer.selectedSession(state.calendar, timeZone: zone)?.id == 3)
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 7))
        let effects = CalendarSettle.send(.dayMoved(7), &state, data: data)
        #expect(
            effects == [
                .loadListedSessions(
                    SessionListRequest(
                        days: state.calendar.shownDays, timeZone: zone, cursorDay: state.calendar.selectedDay))
            ])
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 14))
        #expect(state.calendar.listed(timeZone: zone).map(\.id) == [5, 6])
        CalendarSettle.send(.dayMoved(3), &state, data: data)
        #expect(CalendarReducer.selectedSession(state.calendar, timeZone: zone)?.id == 6)
    }

    @Test(
        "a week move within the month reads only that week's first page; the next month's first week reads its days once"
    )
    func weekReads() {
        var state = loaded()
        let data = CalendarViewFixtures.data()
        let zone = state.context.timeZone
        CalendarSettle.send(.calendarViewChosen(.week), &state, data: data)
        for _ in 0..<3 {
            let effects = CalendarSettle.send(.dayMoved(7), &state, data: data)
            let week = SessionListRequest(
                days: state.calendar.shownDays, timeZone: zone, cursorDay: state.calendar.selectedDay)
            #expect(effects == [.loadListedSessions(week)])
        }
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 28))
        #expect(state.calendar.listed(timeZone: zone).isEmpty)
        let effects = DashboardReducer.reduce(into: &state, action: .dayMoved(7))
        let january = CalendarDay(year: 2027, month: 1, day: 1)!
        let week = SessionListRequest(
            days: state.calendar.shownDays, timeZone: zone, cursorDay: state.calendar.selectedDay)
        #expect(effects == [.loadSessions(month: january, timeZone: zone), .loadListedSessions(week)])
    }

    @Test("a calendar search reads the month's window once and goes to the next matching day, wrapping round")
    func search() {
        var state = loaded()
        let data = CalendarViewFixtures.data()
        state.calendarSearch = "disdukcapil"
        let effects = CalendarSettle.send(.nextMatchShown, &state, data: data)
        #expect(effects.contains { if case .findSessionDay = $0 { true } else { false } })
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 17))
        #expect(state.calendar.sessions.map(\.id) == [6], "the found day's sessions are listed")
        CalendarSettle.send(.nextMatchShown, &state, data: data)
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 17), "the only match again")
        state.calendarSearch = "tidak ada"
        CalendarSettle.send(.nextMatchShown, &state, data: data)
        #expect(state.flash?.isError == true)
    }

    @Test("the agenda lists 30 days from the selected day and Enter opens the session under the cursor")
    func agendaEnter() {
        var state = loaded()
        let data = CalendarViewFixtures.data()
        let zone = state.context.timeZone
        CalendarSettle.send(.calendarViewChosen(.agenda), &state, data: data)
        #expect(state.calendar.listed(timeZone: zone).map(\.id) == [1, 2, 3, 4, 5, 6, 7])
        for _ in 0..<3 { _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1)) }
        let day = CalendarDay(year: 2026, month: 12, day: 9)!
        #expect(DashboardReducer.reduce(into: &state, action: .opened) == [.loadSessionDay(day, timeZone: zone)])
        #expect(state.calendar.openingSession == 4)
        let detail = SessionDayDetail(
            day: day, sessions: [CalendarViewFixtures.sessions[3]], agencyNames: [:], innovationTitles: [:])
        _ = DashboardReducer.reduce(into: &state, action: .sessionDayLoaded(detail))
        #expect(state.topOverlay?.selectedItem == .session(4))
        #expect(state.calendar.openingSession == nil)
    }

    @Test("Enter on an empty week says so and reads nothing")
    func emptyWeek() {
        var state = loaded()
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(.week))
        _ = DashboardReducer.reduce(into: &state, action: .dayMoved(14))
        #expect(DashboardReducer.reduce(into: &state, action: .opened).isEmpty)
        #expect(state.flash?.text(.en) == "No sessions here.")
    }

    @Test("the agenda names the OPDs without a main innovation and no session in its 30 days")
    func coverage() {
        let sessions = CalendarViewFixtures.sessions
        let names = CoverageRule.uncovered(DashboardFixtures.progress, sessions: sessions).map(\.agency.name)
        #expect(names == ["Kelurahan Kalitimbang"])
        let withoutDisdukcapil = sessions.filter { $0.id != 6 }
        #expect(
            CoverageRule.uncovered(DashboardFixtures.progress, sessions: withoutDisdukcapil).map(\.agency.name)
                == ["Dinas Kependudukan dan Pencatatan Sipil", "Kelurahan Kalitimbang"])
        var cancelled = sessions
        cancelled[5].status = .cancelled
        #expect(CoverageRule.uncovered(DashboardFixtures.progress, sessions: cancelled).count == 2)
    }

    @Test("at midnight a calendar on today moves to the new day; one on another day stays")
    func midnight() {
        var state = loaded()
        let zone = state.context.timeZone
        let midnight = CalendarDay(year: 2026, month: 12, day: 8)!.start(in: zone).addingTimeInterval(1)
        _ = DashboardReducer.reduce(into: &state, action: .ticked(midnight.addingTimeInterval(-2)))
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 7))
        _ = DashboardReducer.reduce(into: &state, action: .ticked(midnight))
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 8))
        _ = DashboardReducer.reduce(into: &state, action: .dayMoved(3))
        _ = DashboardReducer.reduce(into: &state, action: .ticked(midnight.addingTimeInterval(86_400)))
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 11))
    }

    @Test("the kiosk's calendar moves at midnight too")
    func midnightKiosk() {
        var state = loaded()
        state.context.isKiosk = true
        let zone = state.context.timeZone
        let midnight = CalendarDay(year: 2026, month: 12, day: 8).map { $0.start(in: zone) } ?? state.now
        let effects = DashboardReducer.reduce(into: &state, action: .ticked(midnight))
        #expect(state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 8))
        #expect(effects.contains(.readDataVersion))
    }

    @Test("at the year's last midnight the runtime's tick moves the calendar into January and reads it")
    func midnightRuntime() {
        let clock = TestClock(CalendarDay(year: 2026, month: 12, day: 31)!.start(in: DashboardFixtures.zone) + 86_399)
        let runtime = runtime(Size(width: 160, height: 48), clock: { clock.now })
        #expect(runtime.state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 31))
        clock.now += 2
        runtime.tick()
        #expect(runtime.state.calendar.selectedDay == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(runtime.state.calendar.loadedMonth == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(runtime.state.calendar.busyDays == [CalendarDay(year: 2027, month: 1, day: 4)!])
        #expect(
            runtime.state.calendar.loadedList == CalendarDay(year: 2027, month: 1, day: 1)!...CalendarDay(
                year: 2027, month: 1, day: 1)!)
    }

    @Test("the header shows today's next session with a countdown, marked when 15 minutes or less away")
    func header() {
        var state = loaded()
        #expect(HeaderView.nextSession(state)?.text == "! berikutnya 10.10 · 10 mnt")
        #expect(HeaderView.nextSession(state)?.soon == true)
        let data = CalendarViewFixtures.data()
        CalendarSettle.send(.ticked(state.now + 11 * 60), &state, data: data)
        #expect(HeaderView.nextSession(state)?.text == "berikutnya 13.30 · 199 mnt")
        #expect(HeaderView.nextSession(state)?.soon == false)
        CalendarSettle.send(.ticked(state.now + 4 * 3_600), &state, data: data)
        #expect(HeaderView.nextSession(state) == nil)
    }

    @Test("the OPD detail lists coming sessions soonest first, then past ones newest first, with their marks")
    func agencySessions() throws {
        let state = loaded()
        var detail = try #require(try DashboardFakeData().agencyDetail(id: 2))
        let ids: [Int64] = [6, 1, 3, 5, 2]
        detail.sessions = ids.compactMap { id in CalendarViewFixtures.sessions.first { $0.id == id } }
        let lines = AgencyDocument.lines(detail, state: state, width: 100).map(\.plainText)
        let coming = try #require(lines.firstIndex(of: "Akan datang"))
        let past = try #require(lines.firstIndex(of: "Sudah lewat"))
        let titles = lines.enumerated().compactMap { index, line in
            CalendarViewFixtures.sessions.first { line.contains($0.title) }.map { (index, $0.id) }
        }
        #expect(titles.map(\.1) == [2, 3, 5, 6, 1])
        #expect(coming < titles[0].0 && past > titles[3].0 && past < titles[4].0)
        #expect(lines.contains { $0.hasPrefix("! 7 Des 2026 10.10") })
        #expect(lines.contains { $0.hasPrefix("! 7 Des 2026 10.10  LAN   Coaching") }, "the institution tag")
        #expect(lines.contains { $0.hasPrefix("✓ 7 Des 2026 08.00") })
    }

    @Test("the focused week and agenda take the top half's full width; the month and an unfocused week do not")
    func wideWeek() {
        var state = loaded()
        state.size = Size(width: 160, height: 48)
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(.week))
        #expect(DashboardLayout(state: state).panes[.calendar]?.width == 160)
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(.agenda))
        #expect(DashboardLayout(state: state).panes[.calendar]?.width == 160)
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.queue))
        #expect(DashboardLayout(state: state).panes[.calendar]?.width == 72)
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.calendar))
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(.month))
        #expect(DashboardLayout(state: state).panes[.calendar]?.width == 72)
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    @Test("snapshots: the month, week and agenda views", arguments: sizes, Language.allCases)
    func snapshots(size: Size, language: Language) {
        let name = "calendar-\(size.width)x\(size.height)-\(language.rawValue)"
        let month = runtime(size, language, keys: [.character("2")])
        assertSnapshot(month.canvas, named: "month-" + name)
        let week = runtime(size, language, keys: [.character("2"), .character("w"), .character("]")])
        assertSnapshot(week.canvas, named: "week-next-" + name)
        let agenda = runtime(size, language, keys: [.character("2"), .character("a"), .character("j")])
        assertSnapshot(agenda.canvas, named: "agenda-" + name)
    }

    @Test("snapshot: the header's countdown, highlighted within 15 minutes, and the week of today")
    func soonSnapshot() {
        let week = runtime(Size(width: 160, height: 48), .en, keys: [.character("2"), .character("w")])
        assertSnapshot(week.canvas, named: "week-today-soon-160x48-en")
        let end = runtime(
            Size(width: 80, height: 24), .id,
            keys: [.character("2"), .character("a")] + Array(repeating: .down, count: 6))
        assertSnapshot(end.canvas, named: "agenda-end-uncovered-80x24-id")
    }
}

/// A clock a test moves by hand.
final class TestClock: @unchecked Sendable {
    var now: Date
    init(_ now: Date) { self.now = now }
}
