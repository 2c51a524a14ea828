import InovasiTUI
import Testing

@Suite("MemoryTerminal")
struct MemoryTerminalTests {
    @Test("Events come from the script, then terminate forever")
    func script() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.down), .tick])
        terminal.enqueue(keys: "q")
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .key(.down))
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .tick)
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .key(.character("q")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .terminate)
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .terminate)
    }

    @Test("Drawing keeps the last canvas and counts frames")
    func frames() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 2), colorDepth: .eight)
        #expect(terminal.lastCanvas == nil)
        var canvas = Canvas(size: terminal.size)
        terminal.draw(canvas)
        canvas.put("Halo", x: 0, y: 0, style: .plain)
        terminal.draw(canvas)
        terminal.invalidate()
        #expect(terminal.frameCount == 2)
        #expect(terminal.lastCanvas?.text() == "Halo\n")
        #expect(terminal.invalidationCount == 1)
        #expect(terminal.colorDepth == .eight)
    }

    @Test("Resizing changes the size and queues a resize event next")
    func resize() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.enter)])
        terminal.resize(to: Size(width: 100, height: 30))
        #expect(terminal.size == Size(width: 100, height: 30))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 100, height: 30)))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.enter))
    }
}
