import Foundation
import Testing

/// The queue options for review triage: bentuk, jenis, assignee, order.
@Suite("inovasi queue: triage options")
struct QueueTriageCommandTests {
    static let all = QueueCommandTests.allStatuses

    func rows(_ sandbox: CLISandbox, _ arguments: [String]) throws -> (total: Int, rows: [[String: Any]]) {
        let result = try sandbox.run(["queue", "--format", "json", "--limit", "1000"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try result.json()
        return (try #require(document["total"] as? Int), try #require(document["proposals"] as? [[String: Any]]))
    }

    @Test("form, kind and assignee filters combine and the total follows them")
    func filters() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let everything = try rows(sandbox, ["--status", Self.all]).rows
        let ids = { (rows: [[String: Any]]) in Set(rows.compactMap { $0["id"] as? Int }) }
        let digital = try rows(sandbox, ["--status", Self.all, "--kind", "digital"])
        let governance = try rows(sandbox, ["--status", Self.all, "--form", "governance,publicService"])
        let both = try rows(sandbox, ["--status", Self.all, "--kind", "DIGITAL", "--form", "governance,publicService"])
        #expect(digital.total == digital.rows.count)
        #expect(!both.rows.isEmpty)
        #expect(ids(both.rows) == ids(digital.rows).intersection(ids(governance.rows)))
        #expect(ids(digital.rows).isStrictSubset(of: ids(everything)))

        let reviewer = try #require(everything.compactMap { $0["assignee"] as? String }.first)
        let held = try rows(sandbox, ["--status", Self.all, "--assignee", reviewer])
        #expect(!held.rows.isEmpty)
        #expect(held.rows.allSatisfy { $0["assignee"] as? String == reviewer })
        let none = try rows(sandbox, ["--assignee", "none"])
        #expect(none.rows.allSatisfy { $0["assignee"] is NSNull })
        #expect(try rows(sandbox, ["--assignee", "me"]).total == 0)
        let proposal = try #require(none.rows.first?["id"] as? Int)
        #expect(try sandbox.run(["review", "take", String(proposal)]).status == 0)
        #expect(try rows(sandbox, ["--assignee", "me"]).rows.map { $0["id"] as? Int } == [proposal])
        #expect(try rows(sandbox, ["--assignee", "none"]).total == none.total - 1)
    }

    @Test("sorts by score, OPD and title, and --reverse turns each around")
    func sorts() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let byScore = try rows(sandbox, ["--status", Self.all, "--sort", "score"]).rows
        let scores = byScore.map { $0["score"] as? Double }
        let scored = scores.prefix { $0 != nil }.compactMap { $0 }
        #expect(scored.count > 10)
        #expect(scored == scored.sorted(by: >))
        #expect(scores.dropFirst(scored.count).allSatisfy { $0 == nil }, "unscored last")
        #expect(byScore.allSatisfy { (($0["scoreCount"] as? Int ?? 0) > 0) == ($0["score"] is Double) })

        let byOPD = try rows(sandbox, ["--status", Self.all, "--sort", "opd"]).rows.compactMap { $0["opd"] as? String }
        #expect(byOPD == byOPD.sorted { $0.lowercased() < $1.lowercased() })
        let titles = try rows(sandbox, ["--status", Self.all, "--sort", "title", "--reverse"]).rows
            .compactMap { $0["title"] as? String }
        #expect(titles == titles.sorted { $0.lowercased() > $1.lowercased() })
        let newest = try rows(sandbox, ["--reverse"]).rows.compactMap { $0["submittedAt"] as? String }
        #expect(newest == newest.sorted(by: >))
    }

    @Test("bad form, kind, sort and assignee values are refused with exit status 1")
    func badValues() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        for (arguments, name) in [
            (["--form", "digitalisasi"], "digitalisasi"), (["--kind", "analog"], "analog"),
            (["--sort", "umur"], "umur"), (["--assignee", "Budi Santoso"], "Budi Santoso"),
        ] {
            let result = try sandbox.run(["queue"] + arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(name), "\(result.stderr)")
        }
        let english = try sandbox.run(["queue", "--sort", "umur", "--lang", "en"])
        #expect(english.stderr.contains("Unknown order “umur” for --sort"))
    }
}
