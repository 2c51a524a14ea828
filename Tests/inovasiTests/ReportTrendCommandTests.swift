import Foundation
import InovasiCore
import Testing

/// `inovasi report --trend`: the months with their counts in four formats, and clear refusals.
@Suite("inovasi report --trend")
struct ReportTrendCommandTests {
    @Test("the city's trend: a month per row with bars in the table, numbers only elsewhere")
    func city() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let json = try sandbox.run(["report", "--trend", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let months = try #require(try json.json()["months"] as? [[String: Any]])
        #expect(months.count == 12)
        func sum(_ key: String, _ rows: [[String: Any]]) -> Int { rows.compactMap { $0[key] as? Int }.reduce(0, +) }
        // The demo's proposals and decisions spread over two years: the last twelve months have both.
        #expect(sum("in", months) > 0)
        #expect(sum("decisions", months) > 0)
        #expect(
            sum("decisions", months) == sum("approved", months) + sum("revisionRequested", months)
                + sum("rejected", months))
        let table = try sandbox.run(["report", "--trend"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Masuk") && table.stdout.contains("Pindah tahap"))
        #expect(table.stdout.contains("█"))
        let total = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Jumlah") })
        #expect(total.contains(NumberText.grouped(sum("in", months), .id)))
        let csv = try sandbox.run(["report", "--trend", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("month,in,decisions,approved,revisionRequested,rejected,stageMoves\r\n"))
        #expect(csv.stdout.split(whereSeparator: \.isNewline).count == 13)
        #expect(!csv.stdout.contains("█") && !json.stdout.contains("█"))
        let markdown = try sandbox.run(["report", "--trend", "--format", "markdown", "--lang", "en"])
        #expect(markdown.stdout.contains("| Month"))
        #expect(markdown.stdout.contains("- Stage moves: `"))
    }

    @Test("one OPD over an explicit range counts no more than the city")
    func agencyRange() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let report = try sandbox.run(["report", "--format", "json"]).json()
        let agencies = try #require(report["agencies"] as? [[String: Any]])
        let code = try #require(agencies.first?["opd"] as? String)
        let range = ["--from", "2025-06", "--to", "2026-05", "--format", "json"]
        let city = try sandbox.run(["report", "--trend"] + range)
        let one = try sandbox.run(["report", "--trend", "--opd", code] + range)
        #expect(one.status == 0, "\(one.stderr)")
        let document = try one.json()
        #expect(document["opd"] as? String == code)
        let cityMonths = try #require(try city.json()["months"] as? [[String: Any]])
        let months = try #require(document["months"] as? [[String: Any]])
        #expect(months.compactMap { $0["month"] as? String }.first == "2025-06")
        #expect(months.compactMap { $0["month"] as? String }.last == "2026-05")
        for (mine, all) in zip(months, cityMonths) {
            for key in ["in", "decisions", "stageMoves"] {
                #expect((mine[key] as? Int ?? 0) <= (all[key] as? Int ?? 0))
            }
        }
    }

    @Test("an unknown OPD and bad month ranges are refused with a clear message")
    func refusals() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let opd = try sandbox.run(["report", "--trend", "--opd", "NOPE"])
        #expect(opd.status == 1)
        #expect(opd.stderr.contains("Kode OPD “NOPE”"))
        let backward = try sandbox.run(["report", "--trend", "--from", "2026-05", "--to", "2026-01", "--lang", "en"])
        #expect(backward.status == 1)
        #expect(backward.stderr.contains("The first month 2026-05 comes after the last month 2026-01"))
        let month = try sandbox.run(["report", "--trend", "--from", "2026-13"])
        #expect(month.status == 1)
        #expect(month.stderr.contains("“2026-13”") && month.stderr.contains("--from"))
        let many = try sandbox.run(["report", "--trend", "--months", "0"])
        #expect(many.status == 1)
        #expect(many.stderr.contains("1 sampai 120 bulan"))
        let both = try sandbox.run(["report", "--trend", "--months", "3", "--from", "2026-01", "--to", "2026-02"])
        #expect(both.status == 1)
        let alone = try sandbox.run(["report", "--opd", "DINKES"])
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("--trend"))
        for extra in [["--sort", "overdue"], ["--reverse"], ["--only", "behind"], ["--year", "2026"]] {
            let ignored = try sandbox.run(["report", "--trend", "--lang", "en"] + extra)
            #expect(ignored.status == 1, "\(extra) was ignored")
            #expect(ignored.stderr.contains("\(extra[0]) does not apply with --trend"), "\(ignored.stderr)")
        }
    }
}
