import Foundation
import Testing

@Suite("inovasi init and demo")
struct InitCommandTests {
    @Test("init creates an empty store and refuses to overwrite it")
    func initRefusesOverwrite() throws {
        let sandbox = try CLISandbox()
        let first = try sandbox.run(["init"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(sandbox.defaultStore))
        #expect(FileManager.default.fileExists(atPath: sandbox.defaultStore))
        let before = try Data(contentsOf: URL(fileURLWithPath: sandbox.defaultStore))

        let second = try sandbox.run(["init"])
        #expect(second.status == 1)
        #expect(second.stdout.isEmpty)
        #expect(second.stderr.contains(sandbox.defaultStore))
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.defaultStore)) == before)
    }

    @Test("init at --data creates the folder and the creator is the admin")
    func initAtPath() throws {
        let sandbox = try CLISandbox()
        let path = sandbox.path("nested/folder/kota.sqlite")
        #expect(try sandbox.run(["init", "--data", path]).status == 0)
        let users = try sandbox.run(["users", "list", "--data", path, "--format", "json"])
        #expect(users.status == 0, "\(users.stderr)")
        let rows = try users.jsonArray()
        #expect(rows.count == 1)
        #expect(rows.first?["name"] as? String == CLISandbox.userName())
        #expect(rows.first?["role"] as? String == "admin")
    }

    @Test("demo says what it wrote and refuses a store that holds data")
    func demoRefusesNonEmpty() throws {
        let sandbox = try CLISandbox()
        let made = try sandbox.run(["demo", "--data", sandbox.defaultStore])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("OPD"))
        #expect(made.stdout.contains("usulan"))
        #expect(made.stdout.contains(sandbox.defaultStore))
        let before = try Data(contentsOf: URL(fileURLWithPath: sandbox.defaultStore))

        let again = try sandbox.run(["demo", "--data", sandbox.defaultStore])
        #expect(again.status == 1)
        #expect(again.stderr.contains(sandbox.defaultStore))
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.defaultStore)) == before)
    }

    @Test("demo fills a store that init left empty, with the asked number of proposals")
    func demoIntoEmptyStore() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let made = try sandbox.run(["demo", "--data", sandbox.defaultStore, "--proposals", "37", "--lang", "en"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("37 proposals"))
        let queue = try sandbox.run(
            [
                "queue", "--format", "json", "--limit", "1000", "--status",
                "submitted,inReview,revisionRequested,approved,rejected,withdrawn",
            ])
        #expect(try queue.json()["total"] as? Int == 37)
    }

    @Test("demo refuses a bad scale or proposal count before touching anything")
    func demoBadInput() throws {
        let sandbox = try CLISandbox()
        let scale = try sandbox.run(["demo", "--scale", "planet"])
        #expect(scale.status == 1)
        #expect(scale.stderr.contains("--scale"))
        let count = try sandbox.run(["demo", "--proposals", "-5"])
        #expect(count.status == 1)
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStore))
    }

    @Test("the same seed gives the same data")
    func demoIsReproducible() throws {
        let sandbox = try CLISandbox()
        let first = try sandbox.makeDemo(at: sandbox.path("a.sqlite"), extra: ["--seed", "7"])
        let second = try sandbox.makeDemo(at: sandbox.path("b.sqlite"), extra: ["--seed", "7"])
        let reportA = try sandbox.run(["report", "--data", first, "--format", "csv"])
        let reportB = try sandbox.run(["report", "--data", second, "--format", "csv"])
        #expect(reportA.status == 0)
        #expect(reportA.stdout == reportB.stdout)
    }
}
