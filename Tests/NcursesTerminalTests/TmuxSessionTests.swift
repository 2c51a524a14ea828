import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// The harness is shared with the dashboard's end-to-end tests, so it is tested on its own.
    @Suite("Tmux harness")
    struct Harness {
        @Test("the pane gets exactly the given environment and its size; keys arrive literally and by name")
        func environmentAndKeys() throws {
            var environment = TmuxSession.baseEnvironment()
            environment["INOVASI_PROBE"] = "it's \"quoted\" $HOME"
            let session = try TmuxSession(
                command: "env | sort; stty size; exec cat", environment: environment, width: 70, height: 20)
            let screen = try session.waitFor(text: "20 70")
            #expect(screen.contains("INOVASI_PROBE=it's \"quoted\" $HOME"))
            #expect(screen.contains("TERM=tmux-256color"))
            #expect(!screen.contains("TMUX="))
            try session.sendKeys(.text("echo; ls"), .enter, .text("x"), .named("BSpace"), .text("y"), .enter)
            try session.waitUntil("the typed lines") { DemoRun.lines($0).contains("echo; ls") && $0.contains("\ny\n") }
        }

        @Test("resize changes the pane; the pid is the pane's program")
        func resizeAndPID() throws {
            let session = try TmuxSession(
                command: "echo PID:$$; exec sleep 30", environment: TmuxSession.baseEnvironment())
            let screen = try session.waitFor(text: "PID:")
            #expect(screen.contains("PID:\(try session.programPID())"))
            #expect(try session.programPID() != session.panePID())
            try session.resize(width: 100, height: 30)
            #expect(try session.display("#{pane_width}x#{pane_height}") == "100x30")
        }

        @Test(
            "the exit status is kept, including death by a signal", arguments: [("exit 3", 3), ("kill -TERM $$", 143)])
        func exitStatus(command: String, status: Int32) throws {
            let session = try TmuxSession(command: command, environment: TmuxSession.baseEnvironment())
            #expect(try session.waitForExit() == status)
            try session.waitUntil("the pane to die") { _ in (try? session.isPaneDead()) == true }
        }

        @Test("Ctrl-C reaches the program but not the pane's own shell")
        func controlC() throws {
            let command = "trap 'echo CAUGHT; exit 7' INT; echo READY; while :; do sleep 0.05; done"
            let session = try TmuxSession(command: command, environment: TmuxSession.baseEnvironment())
            try session.waitFor(text: "READY")
            try session.sendKeys(.named("C-c"))
            #expect(try session.waitForExit() == 7)
            #expect(try session.capture().contains("CAUGHT"))
        }

        @Test("close kills the private server and removes its files")
        func close() throws {
            let session = try TmuxSession(command: "exec sleep 30", environment: TmuxSession.baseEnvironment())
            let pid = try session.panePID()
            session.close()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(session.serverName)
            #expect(!FileManager.default.fileExists(atPath: folder.path))
            var gone = false
            for _ in 0..<100 where !gone {
                gone = kill(pid, 0) != 0
                if !gone { usleep(20_000) }
            }
            #expect(gone)
            session.close()
        }

        @Test("a capture with escapes reads back as styled characters")
        func styledCapture() throws {
            let command = "printf 'a\\033[1;31mb\\033[0;48;5;200mc\\033[38;2;1;2;3md\\033[0m'; exec sleep 30"
            let session = try TmuxSession(command: command, environment: TmuxSession.baseEnvironment())
            try session.waitFor(text: "abcd")
            let line = try #require(DemoRun.lines(try session.capture(escapes: true)).first)
            let characters = StyledLine.parse(line)
            #expect(characters.map(\.character) == ["a", "b", "c", "d"])
            #expect(characters[0] == StyledCharacter(character: "a"))
            #expect(characters[1].bold && characters[1].foreground == .indexed(1))
            #expect(!characters[2].bold && characters[2].background == .indexed(200) && characters[2].foreground == nil)
            #expect(characters[3].foreground == .rgb(1, 2, 3) && characters[3].background == .indexed(200))
        }
    }
}
