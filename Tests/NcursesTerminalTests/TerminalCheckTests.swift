import InovasiTUI
import Testing

@testable import NcursesTerminal

/// A probe with fixed answers: which descriptors are terminals, and what terminfo knows.
private struct FakeProbe: TerminalProbe {
    var terminals: Set<Int32> = [0, 1]
    var entries: [String: TerminfoEntry] = [
        "xterm-256color": TerminfoEntry(colors: 256, hasCursorAddressing: true),
        "xterm": TerminfoEntry(colors: 8, hasCursorAddressing: true),
        "xterm-16color": TerminfoEntry(colors: 16, hasCursorAddressing: true),
        "vt100": TerminfoEntry(colors: -1, hasCursorAddressing: true),
        "dumb": TerminfoEntry(colors: -1, hasCursorAddressing: false),
        "printer": TerminfoEntry(colors: -1, hasCursorAddressing: false),
        "xterm-direct": TerminfoEntry(colors: 16_777_216, hasCursorAddressing: true),
    ]

    func isTerminal(_ fd: Int32) -> Bool { terminals.contains(fd) }
    func lookUp(_ name: String) -> TerminfoEntry? { entries[name] }
}

@Suite("TerminalCheck")
struct TerminalCheckTests {
    private func check(_ environment: [String: String], probe: FakeProbe = FakeProbe()) throws(TerminalCheckError)
        -> TerminalProfile
    {
        try TerminalCheck(environment: environment, probe: probe).run()
    }

    @Test("a known terminal with cursor addressing passes, with its colour depth")
    func knownTerminalPasses() throws {
        let profile = try check(["TERM": "xterm-256color"])
        #expect(profile == TerminalProfile(name: "xterm-256color", colorDepth: .palette256))
    }

    @Test("stdin or stdout not a terminal is refused first", arguments: [Set<Int32>([1]), [0], []])
    func notATerminal(terminals: Set<Int32>) {
        var probe = FakeProbe()
        probe.terminals = terminals
        #expect(throws: TerminalCheckError.notATerminal) { try check(["TERM": "dumb"], probe: probe) }
    }

    @Test("TERM missing or empty is refused", arguments: [[:], ["TERM": ""]])
    func termUnset(environment: [String: String]) {
        #expect(throws: TerminalCheckError.termUnset) { try check(environment) }
    }

    @Test("a TERM terminfo does not know is refused with its name")
    func termUnknown() {
        #expect(throws: TerminalCheckError.termUnknown("nonexistent-xyz")) {
            try check(["TERM": "nonexistent-xyz"])
        }
    }

    @Test("a terminal without cursor addressing is refused as dumb", arguments: ["dumb", "printer"])
    func termDumb(name: String) {
        #expect(throws: TerminalCheckError.termDumb(name)) { try check(["TERM": name]) }
    }

    @Test(
        "colour depth follows terminfo's colours",
        arguments: [
            ("vt100", ColorDepth.none), ("xterm", .eight), ("xterm-16color", .sixteen),
            ("xterm-256color", .palette256), ("xterm-direct", .palette256),
        ])
    func colorDepthFromTerminfo(name: String, depth: ColorDepth) throws {
        #expect(try check(["TERM": name]).colorDepth == depth)
    }

    @Test("NO_COLOR turns colour off whatever its value", arguments: ["1", "", "no"])
    func noColor(value: String) throws {
        #expect(try check(["TERM": "xterm-256color", "NO_COLOR": value]).colorDepth == ColorDepth.none)
    }

    @Test("COLORTERM=truecolor still gives the 256-colour palette: RGB is mapped, not sent")
    func trueColorIsMapped() {
        let depth = TerminalCheck.colorDepth(colors: 256, environment: ["COLORTERM": "truecolor"])
        #expect(depth == .palette256)
    }

    @Test("every refusal explains itself in both languages and points to inovasi report")
    func messagesPointToReport() {
        let errors: [TerminalCheckError] = [
            .notATerminal, .termUnset, .termUnknown("x"), .termDumb("dumb"), .startFailed("x"),
        ]
        for error in errors {
            #expect(error.message.id.contains("inovasi report"))
            #expect(error.message.en.contains("inovasi report"))
            #expect(error.message.id != error.message.en)
        }
    }

    @Test("the TERM name in a message is sanitised: it comes from the environment")
    func hostileNameIsSanitised() {
        let message = TerminalCheckError.termUnknown("x\u{1B}]0;pwned\u{7}").message
        #expect(!message.en.contains("\u{1B}"))
        #expect(message.en.contains("x\u{241B}]0;pwned\u{2407}"))
    }

    @Test("the system probe knows xterm-256color and refuses a made-up name")
    func systemProbe() throws {
        let probe = SystemTerminalProbe()
        let entry = try #require(probe.lookUp("xterm-256color"))
        #expect(entry.colors == 256)
        #expect(entry.hasCursorAddressing)
        #expect(probe.lookUp("nonexistent-xyz") == nil)
        #expect(probe.lookUp("dumb")?.hasCursorAddressing == false)
        #expect(probe.lookUp("vt100")?.colors ?? 0 <= 0)
    }
}
