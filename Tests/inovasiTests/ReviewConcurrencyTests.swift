import Foundation
import Testing

/// Two `inovasi review` processes deciding the same proposal against the same version: one wins,
/// the other is refused naming who decided, and the audit log holds exactly one decision.
///
/// Both run as the same Unix user here; the store tests cover two different reviewers.
@Suite("inovasi review: two processes at once")
struct ReviewConcurrencyTests {
    static let decisions: Set<String> = ["proposal.approve", "proposal.reject", "proposal.requestRevision"]

    @Test("approve and reject released together", arguments: 0..<3)
    func approveAndReject(round: Int) throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposal = try #require(try sandbox.queued().first)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        let version = String(proposal.version + 1)
        let results = try sandbox.runTogether([
            ["review", "approve", proposal.arg, "--expect-version", version, "--note", "Layak"],
            ["review", "reject", proposal.arg, "--expect-version", version, "--note", "Tidak layak", "--lang", "en"],
        ])
        let winners = results.filter { $0.status == 0 }
        let losers = results.filter { $0.status == 1 }
        #expect(winners.count == 1, "\(results.map(\.stderr))")
        #expect(losers.count == 1, "\(results.map(\.stderr))")
        let loser = try #require(losers.first)
        let me = CLISandbox.userName()
        #expect(
            loser.stderr.contains("sudah diubah oleh \(me)") || loser.stderr.contains("was changed by \(me)"),
            "\(loser.stderr)")
        let actions = try sandbox.actions(proposal.id)
        #expect(actions.filter(Self.decisions.contains).count == 1)
        let approved = results[0].status == 0
        #expect(actions.last == (approved ? "proposal.approve" : "proposal.reject"))
        #expect(try sandbox.history(proposal.id)["status"] as? String == (approved ? "approved" : "rejected"))
        #expect(try sandbox.run(["check"]).status == 0)
        _ = round
    }

    @Test("two approvals of the same version: one innovation, one decision")
    func twoApprovals() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposal = try #require(try sandbox.queued().first)
        let before = try sandbox.initiatives(of: proposal.opd)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        let arguments = ["review", "approve", proposal.arg, "--expect-version", String(proposal.version + 1)]
        let results = try sandbox.runTogether([arguments, arguments])
        #expect(results.map(\.status).sorted() == [0, 1], "\(results.map(\.stderr))")
        #expect(try sandbox.actions(proposal.id).filter(Self.decisions.contains) == ["proposal.approve"])
        #expect(try sandbox.initiatives(of: proposal.opd) == before + 1)
    }
}
