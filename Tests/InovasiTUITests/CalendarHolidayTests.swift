import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The calendar marks the days off of the context's holiday calendar: the office's own file when it
/// has one replaces the shipped list, in the month grid and in the week list alike.
@Suite("Calendar holidays")
struct CalendarHolidayTests {
    /// The office's file: one local day off (10 December) and no Christmas.
    static let office = HolidayCalendar([
        HolidayCalendar.Entry(
            holiday: NationalHolidays.Holiday(
                day: thursday, name: "Libur Kantor Bappedalitbang", isCollectiveLeave: false))
    ])
    /// Thursday 10 December 2026, three days after the fixtures' today.
    static let thursday = CalendarDay(containing: DashboardFixtures.now, in: DashboardFixtures.zone).adding(days: 3)

    func canvasText(holidays: HolidayCalendar, keys: [Key]) -> String {
        let size = Size(width: 160, height: 48)
        var context = DashboardFixtures.context()
        context.holidays = holidays
        let state = DashboardState(
            context: context, language: .id, size: size, now: DashboardFixtures.now, themeName: "default")
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: MemoryTerminal(size: size, colorDepth: .none), data: CalendarViewFixtures.data(),
            state: state, themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)),
            clock: { DashboardFixtures.now })
        runtime.start()
        for key in keys { runtime.handle(.key(key)) }
        return runtime.canvas.text()
    }

    @Test("the week list names the office's day off and no longer the shipped one it replaced")
    func weekList() {
        let office = canvasText(holidays: Self.office, keys: [.character("2"), .character("w")])
        #expect(office.contains("* Libur Kantor Bappedalitbang"))
        let later = canvasText(
            holidays: Self.office, keys: [.character("2"), .character("w"), .character("]"), .character("]")])
        #expect(!later.contains("Natal"))
        let shipped = canvasText(
            holidays: .shipped, keys: [.character("2"), .character("w"), .character("]"), .character("]")])
        #expect(shipped.contains("Natal"))
        let shippedFirst = canvasText(holidays: .shipped, keys: [.character("2"), .character("w")])
        #expect(!shippedFirst.contains("Libur Kantor"))
    }

    @Test("the selected day's line in the month view names the office's day off")
    func monthAgenda() {
        let text = canvasText(
            holidays: Self.office, keys: [.character("2"), .character("l"), .character("l"), .character("l")])
        #expect(text.contains("Kamis, 10 Desember 2026 * Libur Kantor"))
    }
}
