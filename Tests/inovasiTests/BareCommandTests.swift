import Foundation
import Testing

@Suite("bare inovasi: store resolution and the dashboard without a terminal")
struct BareCommandTests {
    @Test("without a terminal it says the dashboard needs one, suggests report, and exits 1")
    func noTerminal() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let result = try sandbox.run([])
        #expect(result.status == 1)
        #expect(result.stderr.contains("terminal"))
        #expect(result.stderr.contains("inovasi report"))
        #expect(result.stdout.isEmpty)
        let english = try sandbox.run(["--lang", "en"], environment: ["TERM": "dumb"])
        #expect(english.status == 1)
        #expect(english.stderr.contains("needs an interactive terminal"))
        #expect(english.stderr.contains("inovasi report"))
    }

    @Test("with no store it creates the demo store once, says so, and never writes the real path")
    func demoFallback() throws {
        let sandbox = try CLISandbox()
        let first = try sandbox.run([])
        #expect(first.status == 1)
        #expect(first.stderr.contains(sandbox.demoStore))
        #expect(first.stderr.contains("DEMO"))
        #expect(first.stderr.contains("inovasi init"))
        #expect(FileManager.default.fileExists(atPath: sandbox.demoStore))
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStore))
        let report = try sandbox.run(["report", "--data", sandbox.demoStore, "--format", "json"])
        #expect(report.status == 0)

        let second = try sandbox.run(["--lang", "en"])
        #expect(second.stderr.contains("using the DEMO store \(sandbox.demoStore)"))
        #expect(!second.stderr.contains("creating"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStore))
    }

    @Test("with --data it never falls back to the demo store")
    func explicitPath() throws {
        let sandbox = try CLISandbox()
        let missing = sandbox.path("absent.sqlite")
        let result = try sandbox.run(["--data", missing])
        #expect(result.status == 2)
        #expect(result.stderr.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: sandbox.demoStore))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
