import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Dashboard runtime over the in-memory terminal")
struct DashboardRuntimeTests {
    func runtime(
        width: Int = 160, height: Int = 48, data: DashboardFakeData = DashboardFakeData(),
        depth: ColorDepth = .trueColor
    ) -> (DashboardRuntime<MemoryTerminal>, MemoryTerminal) {
        let terminal = MemoryTerminal(size: Size(width: width, height: height), colorDepth: depth)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: data, state: DashboardFixtures.state(width: width, height: height),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), tickMilliseconds: 1_000,
            clock: { DashboardFixtures.now })
        runtime.start()
        return (runtime, terminal)
    }

    func screen(_ terminal: MemoryTerminal) -> String { terminal.lastCanvas?.text() ?? "" }

    @Test("the first frame shows all three panes with data")
    func firstFrame() {
        let (_, terminal) = runtime()
        let text = screen(terminal)
        #expect(text.contains("1 Progres OPD"))
        #expect(text.contains("2 Kalender Pendampingan"))
        #expect(text.contains("Antrean Usulan (30)"))
        #expect(text.contains("Dinas Kesehatan"))
        #expect(text.contains("Usulan inovasi nomor 1"))
        #expect(text.contains("Senin, 7 Desember 2026"))
    }

    @Test("keys move between panes, into a detail and back out")
    func navigation() {
        let (runtime, terminal) = runtime()
        runtime.handle(.key(.character("3")))
        #expect(runtime.state.focus == .queue)
        runtime.handle(.key(.enter))
        #expect(screen(terminal).contains("Rancang bangun"))
        #expect(screen(terminal).contains("budi.s"))
        runtime.handle(.key(.escape))
        #expect(runtime.state.overlays.isEmpty)
        runtime.handle(.key(.tab))
        #expect(runtime.state.focus == .progress)
        runtime.handle(.key(.enter))
        #expect(screen(terminal).contains("Posyandu Digital"))
        #expect(screen(terminal).contains("Pencatatan tumbuh kembang balita di posyandu lewat aplikasi."))
        #expect(screen(terminal).contains("Bidang dengan inovasi utama: 1 dari 2"))
    }

    @Test("the selected row carries the terminal cursor")
    func cursor() {
        let (runtime, terminal) = runtime()
        runtime.handle(.key(.character("j")))
        let cursor = terminal.lastCanvas?.cursor
        let row = cursor.map { y in
            (terminal.lastCanvas?.text().split(separator: "\n", omittingEmptySubsequences: false))?[y.y]
        }
        #expect(row??.contains("Dinas Kesehatan") == true)
    }

    @Test("another process's write appears on the next tick without a key")
    func liveData() {
        let data = DashboardFakeData()
        let (runtime, terminal) = runtime(data: data)
        runtime.handle(.tick)
        data.queue.insert(
            QueueItem(
                id: 999, title: "Usulan baru dari proses lain", agencyID: 7, agencyCode: "DLH",
                agencyName: "Dinas Lingkungan Hidup", status: .submitted,
                submittedAt: DashboardFixtures.now.addingTimeInterval(-50 * 86_400), assignee: nil, version: 1),
            at: 0)
        data.version += 1
        runtime.handle(.tick)
        #expect(screen(terminal).contains("Usulan baru dari proses lain"))
        #expect(screen(terminal).contains("Antrean Usulan (31)"))
    }

    @Test("resizing switches layouts and recovers from too small")
    func resize() {
        let (runtime, terminal) = runtime()
        terminal.resize(to: Size(width: 100, height: 30))
        runtime.handle(.resize(Size(width: 100, height: 30)))
        #expect(runtime.state.layoutMode == .tabs)
        runtime.handle(.resize(Size(width: 70, height: 20)))
        #expect(screen(terminal).contains("Terminal terlalu kecil"))
        runtime.handle(.resize(Size(width: 160, height: 48)))
        #expect(screen(terminal).contains("2 Kalender Pendampingan"))
    }

    @Test("an unreadable store keeps the last picture and warns")
    func unreadable() {
        let data = DashboardFakeData()
        let (runtime, terminal) = runtime(data: data)
        data.failing = true
        runtime.handle(.tick)
        let text = screen(terminal)
        #expect(text.contains("Data tidak terbaca: disk I/O error"))
        #expect(text.contains("Dinas Kesehatan"))
    }

    @Test("a store error reaches the status line as its localised message, not its Swift spelling")
    func localisedLoadError() {
        let data = DashboardFakeData()
        let (runtime, terminal) = runtime(data: data)
        data.failure = DashboardFakeData.Locked()
        data.failing = true
        runtime.handle(.tick)
        let text = screen(terminal)
        #expect(text.contains("Berkas dikunci program lain."))
        #expect(!text.contains("locked(path:"))
    }

    @Test("q quits and a termination signal quits")
    func quit() {
        let (runtime, _) = runtime()
        runtime.handle(.key(.character("q")))
        #expect(runtime.state.wantsQuit)
        let (other, _) = self.runtime()
        other.handle(.terminate)
        #expect(other.state.wantsQuit)
    }

    @Test("L switches every visible string to English")
    func language() {
        let (runtime, terminal) = runtime()
        runtime.handle(.key(.character("L")))
        let text = screen(terminal)
        #expect(text.contains("1 OPD progress"))
        #expect(text.contains("Review queue (30)"))
        #expect(text.contains("Monday, 7 December 2026"))
        #expect(!text.contains("Kalender"))
    }

    @Test("the help overlay lists the bindings of the focused pane")
    func help() {
        let (runtime, terminal) = runtime()
        runtime.handle(.key(.character("2")))
        runtime.handle(.key(.character("?")))
        let text = screen(terminal)
        #expect(text.contains("bulan berikutnya"))
        #expect(text.contains("kembali ke hari ini"))
    }

    @Test("the benchmark path: running a scripted session ends on terminate")
    func scripted() {
        let terminal = MemoryTerminal(
            size: Size(width: 120, height: 40),
            events: [.key(.down), .key(.tab), .key(.pageDown), .key(.character("q"))])
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), state: DashboardFixtures.state(width: 120, height: 40),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.run()
        #expect(runtime.state.wantsQuit)
        #expect(terminal.frameCount >= 4)
    }

    @Test("T cycles through the themes of the catalog and says which")
    func themes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes")
        for name in ["light", "monochrome"] {
            try FileManager.default.copyItem(
                at: themes.appendingPathComponent("\(name).yaml"), to: folder.appendingPathComponent("\(name).yaml"))
        }
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48))
        let catalog = ThemeCatalog(folders: [folder])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), state: DashboardFixtures.state(),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        let before = terminal.lastCanvas?[0, 1].style
        runtime.handle(.key(.character("T")))
        #expect(runtime.state.themeName == "light")
        #expect(screen(terminal).contains("Tema: light"))
        #expect(terminal.lastCanvas?[0, 1].style != before, "the focused border takes the new theme's colour")
        runtime.handle(.key(.character("T")))
        #expect(runtime.state.themeName == "monochrome")
        runtime.handle(.key(.character("T")))
        #expect(runtime.state.themeName == "default")
    }

    @Test("escape sequences and control characters in the data never reach the canvas raw")
    func hostileData() {
        let data = DashboardFakeData()
        data.queue[0].title = "Judul\u{1B}[2J\u{1B}]0;pwned\u{07} 漢字 👩‍👩‍👧 e\u{301}"
        let (runtime, terminal) = runtime(data: data)
        runtime.handle(.key(.character("3")))
        let canvas = terminal.lastCanvas
        let text = screen(terminal)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("Judul␛[2J␛]0;pwned␇"))
        #expect(canvas.map { $0.cells.allSatisfy { !$0.grapheme.unicodeScalars.contains { $0.value < 0x20 } } } == true)
    }

    @Test("a broken theme shows its problem in the status line and the built-in theme is used")
    func brokenTheme() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).yaml")
        try "name: broken\nroles:\n  selection: {fg: \"#zzzzzz\"}\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let catalog = ThemeCatalog(folders: [])
        let selection = catalog.select(file.path)
        let warning = try #require(selection.warning)
        #expect(warning.message.en.contains(file.lastPathComponent))
        #expect(warning.message.en.contains("selection"))
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48))
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), state: DashboardFixtures.state(),
            themes: ThemeSwitcher(catalog: catalog, selection: selection), clock: { DashboardFixtures.now })
        runtime.start()
        runtime.send(.problemShown(warning.message))
        runtime.handle(.tick)
        #expect(screen(terminal).contains(file.lastPathComponent))
    }

    @Test("typing a queue filter reads rows per letter; the count follows on Enter or when typing pauses")
    func liveFilterCount() {
        let data = DashboardFakeData()
        data.queue = DashboardFixtures.queueItems(count: 400)
        let (runtime, terminal) = runtime(data: data)
        runtime.handle(.key(.character("3")))
        let counts = data.countRequests
        runtime.handle(.key(.character("/")))
        for letter in "usulan" { runtime.handle(.key(.character(letter))) }
        #expect(data.countRequests == counts)
        #expect(runtime.state.queue.isCountPending)
        #expect(screen(terminal).contains("Antrean Usulan ("))
        #expect(screen(terminal).contains("+)"))
        runtime.handle(.key(.enter))
        #expect(data.countRequests == counts + 1)
        #expect(!runtime.state.queue.isCountPending)
        #expect(screen(terminal).contains("Antrean Usulan (400)"))
        runtime.handle(.key(.character("/")))
        for _ in 0..<3 { runtime.handle(.key(.backspace)) }
        #expect(runtime.state.queue.isCountPending)
        runtime.handle(.tick)
        #expect(data.countRequests == counts + 2)
        #expect(runtime.state.queue.total == 400)
        for letter in "lan inovasi nomor 39" { runtime.handle(.key(.character(letter))) }
        #expect(!runtime.state.queue.isCountPending, "fewer rows than a window: the rows are the count")
        #expect(runtime.state.queue.total == 11)
        #expect(data.countRequests == counts + 2)
    }
}
