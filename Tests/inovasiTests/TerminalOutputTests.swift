import Foundation
import Testing

@Suite("output to a terminal")
struct TerminalOutputTests {
    @Test("CSV keeps data exact in a pipe but is cleaned of escape sequences on a terminal")
    func csvOnTerminal() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let name = "Zed\u{1B}]0;owned\u{7}"
        #expect(try sandbox.run(["users", "add", "zed", "--role", "viewer", "--display-name", name]).status == 0)
        let piped = try sandbox.run(["users", "list", "--format", "csv"])
        #expect(piped.stdout.contains(name))
        let terminal = try sandbox.runInTerminal(["users", "list", "--format", "csv"])
        #expect(terminal.status == 0, "\(terminal.stdout)")
        #expect(terminal.stdout.contains("zed,viewer,,Zed␛]0;owned␇"))
        #expect(!terminal.stdout.contains("\u{1B}"))
    }

    @Test("on a terminal whose TERM is dumb the dashboard refuses and suggests report")
    func dumbTerminal() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let result = try sandbox.runInTerminal(["--lang", "en"], environment: ["TERM": "dumb"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("inovasi report"))
    }
}
