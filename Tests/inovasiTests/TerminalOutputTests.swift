import Foundation
import Testing

@Suite("output to a terminal")
struct TerminalOutputTests {
    @Test("CSV is cleaned of escape sequences in a pipe and on a terminal; JSON keeps the data exact")
    func csvOnTerminal() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let name = "Zed\u{1B}]0;owned\u{7}"
        #expect(try sandbox.run(["users", "add", "zed", "--role", "viewer", "--display-name", name]).status == 0)
        let piped = try sandbox.run(["users", "list", "--format", "csv"])
        #expect(piped.stdout.contains("zed,viewer,,Zed␛]0;owned␇"))
        #expect(!piped.stdout.contains("\u{1B}"))
        let json = try sandbox.run(["users", "list", "--format", "json"]).jsonArray()
        #expect(json.contains { $0["displayName"] as? String == name })
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
