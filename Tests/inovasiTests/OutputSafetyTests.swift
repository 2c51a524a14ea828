import Foundation
import Testing

/// Issue 8 point 7: no format lets a control character, a spreadsheet formula, HTML or a link
/// from the data reach the next program raw.
@Suite("output safety: controls, formulas, HTML and links from the data")
struct OutputSafetyTests {
    let sandbox: CLISandbox
    /// The planted proposals, the one holding ``Hostile/text`` first.
    let ids: [Int64]

    /// Each test gets its own small hostile store (a city demo with 60 proposals).
    init() throws {
        sandbox = try CLISandbox()
        ids = try sandbox.hostileStore()
    }

    /// The data commands, with arguments that show every planted row.
    static let commands: [[String]] = [
        ["queue", "--limit", "20"], ["report"], ["users", "list"],
        ["sessions", "--from", "2000-01-01", "--to", "2099-12-31"],
    ]

    func output(_ command: [String], _ format: String, _ extra: [String] = []) throws -> String {
        let result = try sandbox.run(command + ["--format", format] + extra)
        #expect(result.status == 0, "\(command) \(format): \(result.stderr)")
        return result.stdout
    }

    @Test("no raw control character leaves any command in any format", arguments: ["table", "markdown", "json", "csv"])
    func noRawControls(format: String) throws {
        for command in Self.commands {
            let text = try output(command, format)
            let shown = ["T␛[2J", "T␛\\[2J", "\\u001b[2J"].contains { text.contains($0) }
            #expect(shown, "\(command) \(format) lost the data")
            #expect(Hostile.rawControls(text, allowCR: format == "csv") == [], "\(command) \(format)")
        }
    }

    @Test("CSV shows controls as the screen does and keeps its CRLF record ends")
    func csvVisible() throws {
        let titles = try CSVReader.column("title", in: try output(["queue", "--limit", "20"], "csv"))
        #expect(titles.contains(Hostile.visible))
        let names = try CSVReader.column("displayName", in: try output(["users", "list"], "csv"))
        #expect(names.contains(Hostile.visible))
        let sessions = try output(["sessions", "--from", "2000-01-01", "--to", "2099-12-31"], "csv")
        #expect(try CSVReader.column("title", in: sessions).allSatisfy { $0 == Hostile.visible })
        #expect(sessions.hasSuffix("\r\n"))
    }

    @Test("CSV guards every cell a spreadsheet would run with a leading apostrophe")
    func csvFormulaGuard() throws {
        let titles = try CSVReader.column("title", in: try output(["queue", "--limit", "20"], "csv"))
        for formula in Hostile.formulas {
            #expect(titles.contains(formula.guarded), "\(formula.value.debugDescription)")
        }
        #expect(!titles.contains("=1+1"))
        let agencies = try CSVReader.column("opdName", in: try output(["report"], "csv"))
        #expect(agencies.contains("'=1+1"))
        let names = try CSVReader.column("displayName", in: try output(["users", "list"], "csv"))
        #expect(names.contains("'=1+1"))
        let sessions = try output(["sessions", "--from", "2000-01-01", "--to", "2099-12-31"], "csv")
        #expect(try CSVReader.column("speakerName", in: sessions).allSatisfy { $0 == "'-2+3" })
        #expect(try CSVReader.column("location", in: sessions).allSatisfy { $0.hasPrefix("'@SUM(A1)") })
        let numbers = try CSVReader.column("ageDays", in: try output(["queue", "--limit", "20"], "csv"))
        #expect(numbers.allSatisfy { Int($0) != nil })
    }

    @Test("--raw writes formula cells as they are, but still never a raw control character")
    func csvRaw() throws {
        let text = try output(["queue", "--limit", "20"], "csv", ["--raw"])
        let titles = try CSVReader.column("title", in: text)
        for formula in Hostile.formulas where formula.value != "\t=1+1" {
            #expect(titles.contains(formula.value), "\(formula.value.debugDescription)")
        }
        #expect(titles.contains(" =1+1"))
        #expect(titles.contains(Hostile.visible))
        #expect(Hostile.rawControls(text, allowCR: true) == [])
        let names = try CSVReader.column("displayName", in: try output(["users", "list"], "csv", ["--raw"]))
        #expect(names.contains("=1+1"))
    }

    @Test("Markdown escapes HTML and link syntax from the data", arguments: [["queue", "--limit", "20"], ["report"]])
    func markdownEscapes(command: [String]) throws {
        let text = try output(command, "markdown")
        #expect(!text.contains("<script>"))
        #expect(!text.contains("[x]("))
        #expect(text.contains("T␛\\[2J␛\\]0;owned␇&lt;script&gt;alert(1)&lt;/script&gt;\\[x\\](jav"))
    }

    @Test("Markdown of users and sessions escapes HTML and links too")
    func markdownUsersAndSessions() throws {
        for command in [["users", "list"], ["sessions", "--from", "2000-01-01", "--to", "2099-12-31"]] {
            let text = try output(command, "markdown")
            #expect(!text.contains("<script>"), "\(command)")
            #expect(text.contains("&lt;script&gt;"), "\(command)")
        }
    }

    @Test("JSON writes C1 and bidi controls as \\u escapes and reads back the exact text")
    func jsonEscapes() throws {
        let text = try output(["queue", "--limit", "20"], "json")
        for escape in ["\\u001b", "\\u0007", "\\u0085", "\\u009b", "\\u202e", "\\u2066", "\\u007f"] {
            #expect(text.contains(escape), "\(escape)")
        }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let proposals = try #require(document["proposals"] as? [[String: Any]])
        #expect(proposals.contains { $0["title"] as? String == Hostile.text })
        let keys = try #require(proposals.first?.keys.sorted())
        #expect(keys.first == "ageDays")
        let users = try sandbox.run(["users", "list", "--format", "json"]).jsonArray()
        #expect(users.contains { $0["displayName"] as? String == Hostile.text })
    }

    @Test("review history, as text and as JSON, lets no control of a note out raw")
    func reviewHistory() throws {
        let id = String(ids[0])
        let taken = try sandbox.run(["review", "take", id])
        #expect(taken.status == 0, "\(taken.stderr)")
        let scored = try sandbox.run([
            "review", "score", id, "--renewal", "4", "--benefit", "4", "--burden", "4", "--authority", "4",
            "--replicable", "4", "--note", Hostile.text,
        ])
        #expect(scored.status == 0, "\(scored.stderr)")
        let json = try sandbox.run(["review", "history", id, "--format", "json"])
        #expect(Hostile.rawControls(json.stdout) == [])
        #expect(json.stdout.contains("\\u202e"))
        let scores = try #require(try json.json()["scores"] as? [[String: Any]])
        #expect(scores.first?["note"] as? String == Hostile.text)
        let text = try sandbox.run(["review", "history", id])
        #expect(Hostile.rawControls(text.stdout) == [])
        #expect(text.stdout.contains("T␛[2J"))
    }
}
