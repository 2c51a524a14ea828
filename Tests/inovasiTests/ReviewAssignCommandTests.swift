import Foundation
import Testing

@Suite("inovasi review assign and unassign")
struct ReviewAssignCommandTests {
    /// A demo store with a reviewer `siti` who works at no OPD.
    func prepared() throws -> (CLISandbox, [QueuedProposal]) {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        #expect(try sandbox.run(["users", "add", "siti", "--role", "reviewer"]).status == 0)
        return (sandbox, Array(try sandbox.queued().prefix(3)))
    }

    @Test("an admin assigns several proposals at once; each gets its own audit row")
    func bulkAssign() throws {
        let (sandbox, proposals) = try prepared()
        let result = try sandbox.run(
            ["review", "assign"] + proposals.map(\.arg) + ["--to", "siti", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let items = try #require(try result.json()["proposals"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? Int } == proposals.map { Int($0.id) })
        #expect(items.allSatisfy { $0["assignee"] as? String == "siti" && $0["status"] as? String == "inReview" })
        for proposal in proposals {
            #expect(try sandbox.actions(proposal.id).last == "proposal.assign")
        }
        let mine = try sandbox.queued("inReview", extra: ["--assignee", "siti"])
        #expect(Set(mine.map(\.id)).isSuperset(of: proposals.map(\.id)))

        let text = try sandbox.run(["review", "unassign"] + proposals.map(\.arg) + ["--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.split(separator: "\n").count == proposals.count)
        #expect(text.stdout.contains("Reviewer removed from proposal #\(proposals[0].id): now Submitted"))
        let open = try sandbox.queued("submitted", extra: ["--assignee", "none"])
        #expect(Set(open.map(\.id)).isSuperset(of: proposals.map(\.id)))
    }

    @Test("one proposal that cannot be assigned refuses the whole batch, naming it")
    func allOrNothing() throws {
        let (sandbox, proposals) = try prepared()
        let approved = try #require(try sandbox.queued("approved").first)
        let watch = proposals.map(\.id) + [approved.id]
        let before = try sandbox.fingerprint(watch)
        let result = try sandbox.run(["review", "assign"] + proposals.map(\.arg) + [approved.arg, "--to", "siti"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Usulan #\(approved.id) berstatus Disetujui"))
        #expect(try sandbox.fingerprint(watch) == before)
        let unknown = try sandbox.run(["review", "assign", proposals[0].arg, "--to", "nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Pengguna nobody tidak terdaftar"))
        let missing = try sandbox.run(["review", "assign", proposals[0].arg])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--to"))
        let versions = try sandbox.run([
            "review", "assign", proposals[0].arg, proposals[1].arg, "--to", "siti", "--expect-version", "1",
        ])
        #expect(versions.status == 1)
        #expect(versions.stderr.contains("--expect-version diberikan 1 kali untuk 2 usulan"))
        let stale = try sandbox.run([
            "review", "assign", proposals[0].arg, "--to", "siti", "--expect-version",
            String(proposals[0].version + 1),
        ])
        #expect(stale.status == 1)
        // A version the proposal never reached: nobody changed it, the number is out of range.
        #expect(stale.stderr.contains("usulan #\(proposals[0].id) tidak sah"))
        #expect(stale.stderr.contains("harus 1 sampai \(proposals[0].version)"))
        #expect(try sandbox.fingerprint(watch) == before)
    }

    @Test("an admin's assignment can be undone by that admin")
    func undoAssignment() throws {
        let (sandbox, proposals) = try prepared()
        let proposal = try #require(proposals.first)
        #expect(try sandbox.run(["review", "assign", proposal.arg, "--to", "siti"]).status == 0)
        let undone = try sandbox.run(["review", "undo", proposal.arg, "--format", "json"])
        #expect(undone.status == 0, "\(undone.stderr)")
        let document = try undone.json()
        #expect(document["undid"] as? String == "proposal.assign")
        let item = try #require((document["proposals"] as? [[String: Any]])?.first)
        #expect(item["status"] as? String == "submitted")
        #expect(item["assignee"] is NSNull)
    }
}
