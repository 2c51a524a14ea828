import Foundation
import Testing

@Suite("inovasi review")
struct ReviewCommandTests {
    @Test("take, score and approve; the report then counts one more innovation for that OPD")
    func takeScoreApprove() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposal = try #require(try sandbox.queued().first)
        let before = try sandbox.initiatives(of: proposal.opd)

        let taken = try sandbox.run(["review", "take", proposal.arg])
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(taken.stdout.contains("Usulan #\(proposal.id) diambil untuk ditinjau oleh \(CLISandbox.userName())"))
        #expect(taken.stdout.contains("versi \(proposal.version + 1)"))

        let scored = try sandbox.run([
            "review", "score", proposal.arg, "--renewal", "4", "--benefit", "5", "--burden", "4", "--authority", "3",
            "--replicable", "4", "--note", "Layak diuji coba", "--criterion-note", "burden=Tanpa biaya warga",
        ])
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("Skor tertimbang 4,00 dari 5 (ambang 3,50): direkomendasikan untuk disetujui."))

        let approved = try sandbox.run(["review", "approve", proposal.arg, "--note", "Layak", "--lang", "en"])
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(approved.stdout.contains("Proposal #\(proposal.id) approved by"))
        #expect(approved.stdout.contains("created at stage Initiative for agency \(proposal.opd)"))
        #expect(try sandbox.initiatives(of: proposal.opd) == before + 1)
        #expect(try sandbox.actions(proposal.id).suffix(3) == ["proposal.take", "score.save", "proposal.approve"])
        let history = try sandbox.history(proposal.id)
        #expect(history["status"] as? String == "approved")
        let scores = try #require(history["scores"] as? [[String: Any]])
        #expect(scores.first?["weightedScore"] as? Double == 4.0)
        #expect((scores.first?["criterionNotes"] as? [String: String])?["noUndueBurden"] == "Tanpa biaya warga")
    }

    @Test("revise and reject carry their note; JSON says what happened under stable keys")
    func reviseAndReject() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposals = try sandbox.queued().prefix(2)
        let first = try #require(proposals.first)
        let second = try #require(proposals.last)
        for proposal in [first, second] {
            #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        }
        let revised = try sandbox.run([
            "review", "revise", first.arg, "--note", "Lengkapi anggaran", "--format", "json",
        ])
        #expect(revised.status == 0, "\(revised.stderr)")
        let document = try revised.json()
        #expect(document["action"] as? String == "revise")
        #expect(document["user"] as? String == CLISandbox.userName())
        let item = try #require((document["proposals"] as? [[String: Any]])?.first)
        #expect(item["status"] as? String == "revisionRequested")
        #expect(item["version"] as? Int == Int(first.version) + 2)
        #expect(item.keys.sorted() == ["assignee", "id", "innovationID", "status", "version"])

        let rejected = try sandbox.run(["review", "reject", second.arg, "--note", "Bukan kewenangan daerah"])
        #expect(rejected.status == 0, "\(rejected.stderr)")
        #expect(rejected.stdout.contains("ditolak"))
        let events = try #require(try sandbox.history(second.id)["events"] as? [[String: Any]])
        #expect(events.last?["note"] as? String == "Bukan kewenangan daerah")
        #expect(events.last?["action"] as? String == "proposal.reject")
    }

    @Test("undo writes a new audited reversal and an approval's innovation goes again")
    func undo() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposal = try #require(try sandbox.queued().first)
        let before = try sandbox.initiatives(of: proposal.opd)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        #expect(try sandbox.run(["review", "approve", proposal.arg]).status == 0)
        #expect(try sandbox.initiatives(of: proposal.opd) == before + 1)

        let undone = try sandbox.run(["review", "undo", proposal.arg, "--lang", "en"])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout.contains("Undone on proposal #\(proposal.id): your action (approved it)"))
        #expect(undone.stdout.contains("Now In review"))
        #expect(try sandbox.initiatives(of: proposal.opd) == before)
        #expect(try sandbox.actions(proposal.id).suffix(3) == ["proposal.take", "proposal.approve", "proposal.undo"])

        let again = try sandbox.run(["review", "undo", proposal.arg, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("no decision or assignment on proposal #\(proposal.id) that can be undone"))
        let history = try sandbox.history(proposal.id)
        #expect(history["status"] as? String == "inReview")
        #expect(history["version"] as? Int == Int(proposal.version) + 3)
    }

    @Test("the history table says an undo in words in both languages, never its raw note")
    func historyUndoInWords() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposal = try #require(try sandbox.queued().first)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        #expect(try sandbox.run(["review", "approve", proposal.arg]).status == 0)
        #expect(try sandbox.run(["review", "undo", proposal.arg]).status == 0)
        let indonesian = try sandbox.run(["review", "history", proposal.arg, "--lang", "id"])
        #expect(indonesian.stdout.contains("membatalkan: menyetujuinya"))
        let english = try sandbox.run(["review", "history", proposal.arg, "--lang", "en"])
        #expect(english.stdout.contains("undoing: approved it"))
        #expect(!indonesian.stdout.contains("undo of") && !english.stdout.contains("undo of"))
    }

    @Test("the weighted score and recommendation follow the config's weights and threshold")
    func configuredScoring() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        _ = try sandbox.writeConfig(
            """
            scoring:
              weights: {renewal: 3, benefit: 1, noUndueBurden: 1, withinAuthority: 1, replicable: 0}
              threshold: 3.2
              minimums: {renewal: 2, replicable: 1}
            """)
        let proposal = try #require(try sandbox.queued().first)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        let arguments = [
            "review", "score", proposal.arg, "--renewal", "2", "--benefit", "5", "--burden", "5", "--authority", "5",
            "--replicable", "1", "--format", "json",
        ]
        let scored = try sandbox.run(arguments)
        #expect(scored.status == 0, "\(scored.stderr)")
        let document = try scored.json()
        // (3·2 + 5 + 5 + 5 + 0·1) / 6 = 3.5
        #expect(document["weightedScore"] as? Double == 3.5)
        #expect(document["threshold"] as? Double == 3.2)
        #expect(document["recommendsApproval"] as? Bool == true)
        let row = try #require(try sandbox.queued("inReview").first { $0.id == proposal.id })
        let queue = try sandbox.run(["queue", "--format", "json", "--sort", "score", "--limit", "1000"]).json()
        let listed = try #require((queue["proposals"] as? [[String: Any]])?.first { $0["id"] as? Int == Int(row.id) })
        #expect(listed["score"] as? Double == 3.5)
        #expect(listed["scoreCount"] as? Int == 1)
    }

    @Test("the history shows every event and the scores side by side")
    func historyTable() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let proposal = try #require(try sandbox.queued().first)
        #expect(try sandbox.run(["review", "take", proposal.arg]).status == 0)
        let score = ["--renewal", "4", "--benefit", "4", "--burden", "4", "--authority", "4", "--replicable", "4"]
        #expect(try sandbox.run(["review", "score", proposal.arg] + score).status == 0)
        let table = try sandbox.run(["review", "history", proposal.arg, "--lang", "en"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Proposal #\(proposal.id) —"))
        #expect(table.stdout.contains("Time (WIB)"))
        #expect(table.stdout.contains("took it into review"))
        #expect(table.stdout.contains("Contains renewal"))
        #expect(table.stdout.contains("Weighted score"))
        #expect(table.stdout.contains("Mean of 1 reviewer: 4.00 of 5 (threshold 3.50): recommended for approval."))
    }
}
