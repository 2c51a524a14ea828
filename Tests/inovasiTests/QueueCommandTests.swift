import Foundation
import InovasiCore
import Testing

@Suite("inovasi queue")
struct QueueCommandTests {
    static let allStatuses = "submitted,inReview,revisionRequested,approved,rejected,withdrawn"

    func proposals(_ sandbox: CLISandbox, _ arguments: [String]) throws -> (total: Int, rows: [[String: Any]]) {
        let result = try sandbox.run(["queue", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try result.json()
        let rows = try #require(document["proposals"] as? [[String: Any]])
        return (try #require(document["total"] as? Int), rows)
    }

    @Test("lists waiting proposals oldest first with the documented keys")
    func oldestFirst() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let (total, rows) = try proposals(sandbox, ["--limit", "1000"])
        #expect(!rows.isEmpty)
        #expect(rows.count == total)
        let dates = rows.compactMap { $0["submittedAt"] as? String }
        #expect(dates.count == rows.count)
        #expect(dates == dates.sorted(), "oldest first")
        let ages = rows.compactMap { $0["ageDays"] as? Int }
        #expect(ages == ages.sorted(by: >))
        for row in rows {
            #expect(["submitted", "inReview"].contains(row["status"] as? String ?? ""))
            #expect(
                Set(row.keys) == [
                    "id", "title", "opd", "opdName", "status", "submittedAt", "ageDays", "overdue", "assignee",
                    "version", "score", "scoreCount", "unmet",
                ])
        }
    }

    @Test("filters by status, OPD and overdue, and cuts at --limit")
    func filters() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let approved = try proposals(sandbox, ["--status", "approved", "--limit", "1000"])
        #expect(!approved.rows.isEmpty)
        #expect(approved.rows.allSatisfy { $0["status"] as? String == "approved" })

        let all = try proposals(sandbox, ["--status", Self.allStatuses, "--limit", "1000"])
        let code = try #require(all.rows.first?["opd"] as? String)
        let byOPD = try proposals(
            sandbox, ["--status", Self.allStatuses, "--opd", code.lowercased(), "--limit", "1000"])
        #expect(!byOPD.rows.isEmpty)
        #expect(byOPD.rows.allSatisfy { $0["opd"] as? String == code })
        #expect(byOPD.total == all.rows.filter { $0["opd"] as? String == code }.count)

        let overdue = try proposals(sandbox, ["--overdue", "--limit", "1000"])
        #expect(overdue.rows.allSatisfy { $0["overdue"] as? Bool == true })
        let waiting = try proposals(sandbox, ["--limit", "1000"])
        #expect(overdue.total == waiting.rows.filter { $0["overdue"] as? Bool == true }.count)

        let limited = try proposals(sandbox, ["--status", Self.allStatuses, "--limit", "3"])
        #expect(limited.rows.count == 3)
        #expect(limited.total == all.total)
    }

    @Test("the table shows the queue aligned and says when --limit cut it")
    func table() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let result = try sandbox.run(["queue", "--status", Self.allStatuses, "--limit", "5"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let rule = try #require(lines.firstIndex { $0.hasPrefix("──") })
        #expect(lines[rule - 1].contains("Judul"))
        #expect(lines[(rule + 1)...].prefix(5).allSatisfy { !$0.isEmpty })
        #expect(result.stdout.contains("Menampilkan 5 dari"))
        let csv = try sandbox.run(["queue", "--format", "csv"])
        #expect(
            csv.stdout.hasPrefix(
                "id,title,opd,opdName,status,submittedAt,ageDays,overdue,assignee,version,score,scoreCount,unmet\r\n"))
    }

    @Test("an unknown OPD code or status is refused with exit status 1")
    func badInput() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let opd = try sandbox.run(["queue", "--opd", "NOPE"])
        #expect(opd.status == 1)
        #expect(opd.stderr.contains("NOPE"))
        #expect(opd.stdout.isEmpty)
        let english = try sandbox.run(["queue", "--opd", "NOPE", "--lang", "en"])
        #expect(english.stderr.contains("No agency with code “NOPE”"))
        let status = try sandbox.run(["queue", "--status", "pending"])
        #expect(status.status == 1)
        #expect(status.stderr.contains("pending"))
        let limit = try sandbox.run(["queue", "--limit", "0"])
        #expect(limit.status == 1)
        #expect(limit.stderr.contains("--limit"))
    }
}
