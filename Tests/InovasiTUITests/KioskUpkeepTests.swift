import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The kiosk over the in-memory terminal, driven by an injected clock.
struct KioskHarness {
    let runtime: DashboardRuntime<MemoryTerminal>
    let terminal: MemoryTerminal
    let clock: TestClock
    let data: DashboardFakeData

    init(
        width: Int = 160, height: Int = 48, start: Date = DashboardFixtures.now, interval: Int = 20,
        rules: KioskRules = .standard
    ) {
        let clock = TestClock(start)
        let data = DashboardFakeData()
        var state = DashboardFixtures.state(width: width, height: height)
        state.now = start
        state.context.isKiosk = true
        state.context.isReadOnly = true
        state.context.kioskInterval = interval
        state.context.kioskRules = rules
        let terminal = MemoryTerminal(size: Size(width: width, height: height))
        let catalog = ThemeCatalog(folders: [])
        runtime = DashboardRuntime(
            backend: terminal, data: data, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), tickMilliseconds: 1_000,
            clock: { clock.now })
        self.terminal = terminal
        self.clock = clock
        self.data = data
        runtime.start()
    }

    /// Moves the clock on by `seconds` and lets the runtime tick.
    func tick(_ seconds: TimeInterval = 1) {
        clock.now += seconds
        runtime.handle(.tick)
    }

    /// Ticks every `step` seconds for `seconds`.
    func run(for seconds: TimeInterval, step: TimeInterval) {
        var left = seconds
        while left > 0 {
            tick(step)
            left -= step
        }
    }

    var screen: String { runtime.canvas.text() }
    var header: String { screen.split(separator: "\n").first.map(String.init) ?? "" }
    /// The last three rows (the status row, the next-page bar and the burn-in margin): where "data
    /// per …" and the file warnings are.
    var statusRow: String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).suffix(3).joined(separator: "\n")
    }
}

@Suite("Kiosk upkeep: repaints, burn-in moves, midnight, the unlock sequence")
struct KioskUpkeepTests {
    @Test("the page cycle follows the injected clock: city, the OPD screenfuls, calendar, queue, city")
    func pageCycle() {
        let kiosk = KioskHarness()
        kiosk.tick()
        let pages = kiosk.runtime.state.context.kiosk.pages
        var seen: [KioskPage] = [kiosk.runtime.state.kiosk.page(in: pages)]
        for _ in 0..<12 {
            kiosk.run(for: 20, step: 1)
            let page = kiosk.runtime.state.kiosk.page(in: pages)
            if page != seen.last { seen.append(page) }
        }
        #expect(Array(seen.prefix(5)) == [.city, .opd, .calendar, .queue, .city])
    }

    @Test("a full repaint every five minutes by default, and on Ctrl-L")
    func periodicRepaint() {
        let kiosk = KioskHarness()
        kiosk.tick()
        let before = kiosk.terminal.invalidationCount
        kiosk.run(for: 299, step: 1)
        #expect(kiosk.terminal.invalidationCount == before)
        kiosk.tick()
        #expect(kiosk.terminal.invalidationCount == before + 1)
        kiosk.run(for: 300, step: 10)
        #expect(kiosk.terminal.invalidationCount == before + 2)
        kiosk.runtime.handle(.key(.control("l")))
        #expect(kiosk.terminal.invalidationCount == before + 3)
        #expect(!kiosk.runtime.state.wantsQuit)
    }

    @Test("the repaint interval comes from the rules")
    func repaintInterval() {
        let kiosk = KioskHarness(rules: KioskRules(unlock: [], redrawInterval: 60, shiftInterval: 600))
        kiosk.tick()
        let before = kiosk.terminal.invalidationCount
        kiosk.run(for: 180, step: 1)
        #expect(kiosk.terminal.invalidationCount == before + 3)
    }

    @Test("the picture moves by one cell every ten minutes, cycling through four offsets, and still fits")
    func burnInShift() throws {
        let kiosk = KioskHarness(interval: 86_400)
        #expect(kiosk.runtime.state.size == Size(width: 159, height: 47))
        kiosk.tick()
        let still = try #require(kiosk.terminal.lastCanvas)
        #expect(still.size == Size(width: 160, height: 48))
        var offsets: [Position] = []
        for _ in 0..<4 {
            kiosk.run(for: 600, step: 5)
            let moved = try #require(kiosk.terminal.lastCanvas)
            offsets.append(Self.offset(of: still, in: moved))
        }
        #expect(offsets == [Position(x: 1, y: 0), Position(x: 1, y: 1), Position(x: 0, y: 1), Position(x: 0, y: 0)])
    }

    @Test("on the 80×25 console the picture moves up and down only: 79 columns would not fit the layout")
    func burnInOnConsole() throws {
        let kiosk = KioskHarness(width: 80, height: 25, interval: 86_400)
        #expect(kiosk.runtime.state.size == Size(width: 80, height: 24))
        #expect(kiosk.runtime.state.layoutMode == .tabs)
        kiosk.tick()
        let still = try #require(kiosk.terminal.lastCanvas)
        kiosk.run(for: 1_200, step: 5)
        let moved = try #require(kiosk.terminal.lastCanvas)
        #expect(Self.offset(of: still, in: moved) == Position(x: 0, y: 1))
    }

    @Test("with shiftMinutes 0 the picture never moves and fills the screen")
    func noShift() {
        let kiosk = KioskHarness(rules: KioskRules(unlock: [], redrawInterval: 300, shiftInterval: 0))
        #expect(kiosk.runtime.state.size == Size(width: 160, height: 48))
        kiosk.run(for: 3_600, step: 30)
        #expect(kiosk.runtime.state.kioskUpkeep.shift == 0)
    }

    /// Where the header's first line of `still` sits in `moved`: the offset of the picture.
    static func offset(of still: Canvas, in moved: Canvas) -> Position {
        let row = (0..<40).map { still[$0 + 1, 0].grapheme }
        for dy in 0...1 {
            for dx in 0...1 where (0..<40).map({ moved[$0 + 1 + dx, dy].grapheme }) == row {
                return Position(x: dx, y: dy)
            }
        }
        return Position(x: -1, y: -1)
    }

    @Test("at midnight the header's date and the calendar's today move by themselves")
    func midnight() {
        // 23:59:30 WIB on Monday 7 December 2026.
        let lateEvening = DashboardFixtures.now + 13 * 3_600 + 59 * 60 + 30
        let kiosk = KioskHarness(start: lateEvening, interval: 86_400)
        kiosk.tick()
        #expect(kiosk.header.contains("7 Des"))
        #expect(kiosk.runtime.state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 7))
        kiosk.run(for: 60, step: 1)
        #expect(kiosk.header.contains("8 Des"))
        #expect(kiosk.runtime.state.today == CalendarDay(year: 2026, month: 12, day: 8))
        #expect(kiosk.runtime.state.calendar.selectedDay == CalendarDay(year: 2026, month: 12, day: 8))
    }

    @Test("stray keys, Ctrl-C and Ctrl-Z included, do nothing on the kiosk")
    func strayKeys() {
        let kiosk = KioskHarness(interval: 86_400)
        kiosk.tick()
        let before = kiosk.runtime.state
        let keys: [Key] = [
            .control("c"), .control("z"), .control("d"), .control("q"), .control("s"), .character("q"),
            .escape, .enter, .character("?"), .tab, .character("L"), .character("T"), .function(10), .down,
        ]
        for key in keys { kiosk.runtime.handle(.key(key)) }
        #expect(kiosk.runtime.state == before)
        #expect(!kiosk.runtime.state.wantsQuit)
    }

    @Test("the unlock sequence ends the kiosk; a wrong key in between starts it again")
    func unlock() throws {
        let rules = try KioskRules(
            KioskSettings(pages: KioskPage.allCases, unlock: "Ctrl-X q", redrawMinutes: 5, shiftMinutes: 10))
        #expect(rules.unlock == [.control("x"), .character("q")])
        let kiosk = KioskHarness(rules: rules)
        kiosk.tick()
        for key: Key in [.character("q"), .control("x"), .character("w"), .character("q")] {
            kiosk.runtime.handle(.key(key))
        }
        #expect(!kiosk.runtime.state.wantsQuit)
        kiosk.runtime.handle(.key(.control("x")))
        kiosk.runtime.handle(.key(.character("q")))
        #expect(kiosk.runtime.state.wantsQuit)
    }

    @Test("an unlock sequence typed too slowly does not unlock")
    func unlockTooSlow() {
        let kiosk = KioskHarness(
            rules: KioskRules(unlock: [.control("x"), .character("q")], redrawInterval: 300, shiftInterval: 600))
        kiosk.tick()
        kiosk.runtime.handle(.key(.control("x")))
        kiosk.run(for: 15, step: 1)
        kiosk.runtime.handle(.key(.character("q")))
        #expect(!kiosk.runtime.state.wantsQuit)
    }

    @Test("without an unlock sequence no key ends the kiosk, and an unknown key name is refused by name")
    func noUnlock() {
        let kiosk = KioskHarness()
        for key: Key in [.control("x"), .character("q"), .escape, .control("c")] { kiosk.runtime.handle(.key(key)) }
        #expect(!kiosk.runtime.state.wantsQuit)
        #expect(throws: KioskRulesError(name: "Super-X")) {
            try KioskRules(
                KioskSettings(pages: KioskPage.allCases, unlock: "Super-X q", redrawMinutes: 5, shiftMinutes: 10))
        }
    }

    @Test("the status row shows 'data per' and the time of the last change read; the header never the user or the file")
    func statusInHeader() {
        let kiosk = KioskHarness()
        kiosk.tick()
        #expect(kiosk.statusRow.contains("data per 10.00"))
        #expect(!kiosk.header.contains("rina.h"))
        #expect(!kiosk.header.contains("inovasi.sqlite"))
        kiosk.run(for: 120, step: 1)
        #expect(kiosk.statusRow.contains("data per 10.00"))
        kiosk.data.version += 1
        kiosk.tick()
        #expect(kiosk.statusRow.contains("data per 10.02"))
    }

    @Test("a file problem is warned in the status row within one tick, and clears when the file is back")
    func fileWarningInHeader() {
        let kiosk = KioskHarness()
        kiosk.tick()
        kiosk.data.fileStatus = .missing(path: "/data/inovasi.sqlite")
        kiosk.tick()
        let line = KioskStatusLine.text(kiosk.runtime.state)
        #expect(line?.isWarning == true)
        #expect(kiosk.statusRow.contains("Berkas data hilang"))
        #expect(kiosk.statusRow.contains("data per 10.00"))
        kiosk.data.fileStatus = .unchanged
        kiosk.tick()
        #expect(!kiosk.statusRow.contains("Berkas data hilang"))
        #expect(KioskStatusLine.text(kiosk.runtime.state)?.isWarning == false)
    }
}
