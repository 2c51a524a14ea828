import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// `inovasi queue` and the dashboard's queue pane mark the same rows overdue: both ask
/// ``OverdueRule``. The pane used to mark any row older than the limit, so an old approved
/// proposal was "overdue" on screen and not in the CLI.
@Suite("overdue agreement between inovasi queue and the dashboard")
struct OverdueAgreementTests {
    /// The CLI's JSON rows of `arguments` with the document's `generatedAt` and `overdueDays`.
    func queue(_ sandbox: CLISandbox, _ arguments: [String]) throws -> (now: Date, days: Int, rows: [[String: Any]]) {
        let result = try sandbox.run(["queue", "--format", "json", "--limit", "1000"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try result.json()
        let generated = try #require(document["generatedAt"] as? String)
        let now = try Self.date(generated)
        let days = try #require(document["overdueDays"] as? Int)
        return (now, days, try #require(document["proposals"] as? [[String: Any]]))
    }

    static func date(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    /// The pane's row for the CLI's `row`, rendered at the CLI's `now` and limit.
    func paneMark(_ row: [String: Any], now: Date, days: Int) throws -> (overdue: Bool, age: String) {
        let id = try #require(row["id"] as? Int)
        let version = try #require(row["version"] as? Int)
        let statusName = try #require(row["status"] as? String)
        let status = try #require(ProposalStatus(rawValue: statusName))
        let submitted = try #require(row["submittedAt"] as? String)
        let item = QueueItem(
            id: Int64(id), title: row["title"] as? String ?? "", agencyID: 1, agencyCode: row["opd"] as? String ?? "",
            agencyName: row["opdName"] as? String ?? "", status: status, submittedAt: try Self.date(submitted),
            assignee: row["assignee"] as? String, version: Int64(version))
        let context = DashboardContext(
            cityName: "Kota", userName: "admin", role: .admin, dataPath: "/tmp/x.sqlite", isDemo: true,
            isReadOnly: true, timeZone: .gmt, overdueDays: days)
        let state = DashboardState(
            context: context, language: .id, size: Size(width: 160, height: 48), now: now, themeName: "default")
        let cell = QueuePaneView.row(item, state, columns: QueueColumn.allCases).cells[1]
        return (cell.role == .overdue || cell.text.hasPrefix("!"), cell.text)
    }

    @Test("the overdue mark agrees between inovasi queue and the dashboard for a decided proposal")
    func decidedProposal() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let approved = try queue(sandbox, ["--status", "approved"])
        let old = approved.rows.filter { ($0["ageDays"] as? Int ?? 0) > approved.days + 1 }
        #expect(!old.isEmpty, "the demo holds approved proposals older than the limit")
        for row in old {
            #expect(row["overdue"] as? Bool == false, "a decided proposal is never overdue in the CLI")
            let pane = try paneMark(row, now: approved.now, days: approved.days)
            #expect(!pane.overdue, "the pane marks approved #\(row["id"] ?? "?") overdue: \(pane.age)")
        }
    }

    @Test("the overdue mark agrees between inovasi queue and the dashboard for a waiting proposal")
    func waitingProposal() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let overdue = try queue(sandbox, ["--overdue"])
        let clear = overdue.rows.filter { ($0["ageDays"] as? Int ?? 0) > overdue.days + 1 }
        #expect(!clear.isEmpty)
        for row in clear {
            #expect(row["overdue"] as? Bool == true)
            #expect(try paneMark(row, now: overdue.now, days: overdue.days).overdue)
        }
    }
}
