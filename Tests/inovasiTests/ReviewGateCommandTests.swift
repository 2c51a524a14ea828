import Foundation
import Testing

/// Issue 12, points 1 and 2 on the command line: every criterion a gate, and who decides.
@Suite("inovasi review: the PP 38/2017 gate and decision rights")
struct ReviewGateCommandTests {
    static let outsideAuthority = [
        "--renewal", "5", "--benefit", "5", "--burden", "5", "--authority", "1", "--replicable", "5",
    ]

    @Test("5, 5, 5, 1, 5 scores 4.2 but is not met on kewenangan in score, history and queue, text and JSON")
    func gate() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposal = try #require(try sandbox.queued().first)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        let scored = try sandbox.run(["review", "score", proposal.arg] + Self.outsideAuthority + ["--format", "json"])
        #expect(scored.status == 0, "\(scored.stderr)")
        let document = try scored.json()
        #expect(document["weightedScore"] as? Double == 4.2)
        #expect(document["recommendsApproval"] as? Bool == false)
        #expect(document["recommendation"] as? String == "notMet")
        #expect(document["unmet"] as? [String] == ["withinAuthority"])
        #expect((document["minimums"] as? [String: Double])?["withinAuthority"] == 3)

        let text = try sandbox.run(["review", "score", proposal.arg] + Self.outsideAuthority + ["--lang", "en"])
        #expect(
            text.stdout.contains("Weighted score 4.20 of 5 (threshold 3.50): not met: authority."), "\(text.stdout)")

        let history = try sandbox.history(proposal.id)
        #expect(history["recommendation"] as? String == "notMet")
        #expect(history["unmet"] as? [String] == ["withinAuthority"])
        #expect((history["meanValues"] as? [String: Double])?["withinAuthority"] == 1)
        let scores = try #require(history["scores"] as? [[String: Any]])
        #expect(scores.first?["unmet"] as? [String] == ["withinAuthority"])
        let table = try sandbox.run(["review", "history", proposal.arg])
        #expect(table.stdout.contains("✗ 1"))
        #expect(table.stdout.contains("Tidak membebani dan/atau membatasi masyarakat"))
        #expect(table.stdout.contains("(ambang 3,50): tidak terpenuhi: kewenangan."), "\(table.stdout)")

        let queue = try sandbox.run(["queue", "--format", "json", "--status", "inReview", "--limit", "1000"]).json()
        let row = try #require((queue["proposals"] as? [[String: Any]])?.first { $0["id"] as? Int == Int(proposal.id) })
        #expect(row["unmet"] as? [String] == ["withinAuthority"])
        let listed = try sandbox.run(["queue", "--status", "inReview", "--limit", "1000"])
        #expect(listed.stdout.contains("4,20✗"))
    }

    @Test("a configured minimum moves the gate; a bad one is refused naming the key")
    func configuredMinimum() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        _ = try sandbox.writeConfig("scoring:\n  minimums:\n    kewenangan: 1\n")
        let proposal = try #require(try sandbox.queued().first)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        let scored = try sandbox.run(["review", "score", proposal.arg] + Self.outsideAuthority + ["--format", "json"])
        #expect(try scored.json()["recommendation"] as? String == "approve")

        _ = try sandbox.writeConfig("scoring:\n  minimums:\n    kewenangan: 7\n")
        let refused = try sandbox.run(["queue", "--lang", "en"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("scoring.minimums.kewenangan"), "\(refused.stderr)")
        #expect(refused.stderr.contains("between 1 and 5"))
        #expect(refused.stderr.contains("(line 3)"), "the line of kewenangan: in the file")
        _ = try sandbox.writeConfig("language: id\nscoring:\n  minimums: {novelty: 3}\n")
        let unknown = try sandbox.run(["queue"])
        #expect(unknown.stderr.contains("scoring.minimums.novelty"))
        #expect(unknown.stderr.contains("(baris 3)"), "\(unknown.stderr)")
    }

    @Test("another reviewer scores but may not decide what someone else holds; an admin may")
    func decisionRights() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let me = CLISandbox.userName()
        #expect(try sandbox.run(["users", "add", "dewi", "--role", "reviewer"]).status == 0)
        #expect(try sandbox.run(["users", "add", "kepala", "--role", "admin"]).status == 0)
        let proposals = try sandbox.queued()
        let held = try #require(proposals.first)
        let other = try #require(proposals.dropFirst().first)
        #expect(try sandbox.run(["review", "assign", held.arg, "--to", "dewi"]).status == 0)
        #expect(try sandbox.run(["review", "assign", other.arg, "--to", "dewi"]).status == 0)
        let adminDecides = try sandbox.run(["review", "approve", other.arg, "--note", "Layak"])
        #expect(adminDecides.status == 0, "an admin decides what dewi holds: \(adminDecides.stderr)")

        #expect(try sandbox.run(["users", "set-role", me, "reviewer"]).status == 0)
        let scored = try sandbox.run(["review", "score", held.arg] + Self.outsideAuthority)
        #expect(scored.status == 0, "\(scored.stderr)")
        let refused = try sandbox.run(["review", "reject", held.arg, "--note", "Bukan kewenangan", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("held by dewi: only the reviewer who holds it or an admin may"))
        #expect(try sandbox.history(held.id)["status"] as? String == "inReview")
    }

    @Test("external members: added without an OPD, listed as external, never assigned")
    func externalMembers() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let added = try sandbox.run(["users", "add", "guru", "--role", "reviewer", "--external"])
        #expect(added.status == 0, "\(added.stderr)")
        let withOPD = try sandbox.run(["users", "add", "ahli", "--role", "reviewer", "--external", "--opd", "DINKES"])
        #expect(withOPD.status == 1)
        #expect(withOPD.stderr.contains("--external"))
        let asAdmin = try sandbox.run(["users", "add", "ahli", "--role", "admin", "--external"])
        #expect(asAdmin.status == 1)

        let list = try sandbox.run(["users", "list", "--format", "json"]).jsonArray()
        #expect(list.first { $0["name"] as? String == "guru" }?["external"] as? Bool == true)
        #expect(list.first { $0["name"] as? String == "ahli" } == nil)
        let table = try sandbox.run(["users", "list"])
        #expect(table.stdout.contains("Penilai (eksternal)"))

        let proposal = try #require(try sandbox.queued().first)
        let assign = try sandbox.run(["review", "assign", proposal.arg, "--to", "guru", "--lang", "en"])
        #expect(assign.status == 1)
        #expect(assign.stderr.contains("guru is an external member of the tim independen"))
        #expect(try sandbox.history(proposal.id)["status"] as? String == "submitted")
    }
}
