import Glibc
import InovasiCore
import InovasiTUI
import NcursesTerminal

// A small program the end-to-end tests drive in tmux to exercise the real terminal backend.
// Keys: q quits, c toggles the cursor, Ctrl-L repaints, 2 tries to start a second terminal,
// ! traps (fatalError), @ aborts. With `--stall spin|wait` it runs the dashboard runtime on a data
// source that hangs at the first tick (StalledDashboard), for the watchdog's tests.

let language: Language = CommandLine.arguments.contains("--en") ? .en : .id

func fail(_ error: TerminalCheckError) -> Never {
    let message = Array((error.message.text(language) + "\n").utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(1)
}

let terminal: NcursesTerminal
do {
    terminal = try NcursesTerminal(profile: try TerminalCheck().run())
} catch {
    fail(error)
}

if let stall = Stall(arguments: CommandLine.arguments) {
    StalledDashboard.run(on: terminal, stall: stall, language: language)
    terminal.shutdown()
    exit(0)
}

/// Only one terminal can run; a second start must be refused without disturbing the first.
func startSecondTerminal(like terminal: NcursesTerminal) -> String {
    do {
        _ = try NcursesTerminal(profile: terminal.profile)
        return "second terminal started"
    } catch {
        return error.message.text(language)
    }
}

var state = DemoState(size: terminal.size, processID: getpid(), colorDepth: terminal.colorDepth)
loop: while true {
    terminal.draw(DemoScreen.render(state, language: language))
    switch terminal.nextEvent(timeoutMilliseconds: 1000) {
    case .terminate: break loop
    case .tick: continue
    case .resize(let size):
        state.size = size
        state.resizeCount += 1
    case .key(let key):
        state.lastKey = key
        switch key {
        case .character("q"): break loop
        case .character("c"): state.showsCursor.toggle()
        case .character("!"): fatalError("crash asked for by the test")
        case .character("@"): abort()
        case .control("l"): terminal.invalidate()
        case .character("2"): state.note = startSecondTerminal(like: terminal)
        default: break
        }
    }
}
// Twice on purpose: the runtime's `defer` may repeat a shutdown, which must do nothing.
terminal.shutdown()
terminal.shutdown()
exit(0)
