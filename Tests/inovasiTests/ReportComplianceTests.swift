import Foundation
import InovasiCore
import Testing

/// Issue 12 points 7 and 9: `report` says how many OPD, kecamatan, kelurahan and bidang run a main
/// innovation, counted from the store; names are never cut in Markdown or CSV.
@Suite("inovasi report compliance")
struct ReportComplianceTests {
    @Test("the compliance lines count the store's OPDs by kind, in the table, Markdown and JSON")
    func compliance() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let json = try sandbox.run(["report", "--format", "json"]).json()
        let agencies = try #require(json["agencies"] as? [[String: Any]])
        let kecamatan: Set<String> = ["kecamatan", "kelurahan"]
        let opd = agencies.filter { !kecamatan.contains($0["kind"] as? String ?? "") }
        let withMain = opd.filter { $0["hasMainInnovation"] as? Bool == true }.count
        let villages = agencies.filter { $0["kind"] as? String == "kelurahan" }
        let villagesWithMain = villages.filter { $0["hasMainInnovation"] as? Bool == true }.count
        let divisions = agencies.reduce(0) { $0 + ($1["divisionsTotal"] as? Int ?? 0) }
        let divisionsWithMain = agencies.reduce(0) { $0 + ($1["divisionsWithMain"] as? Int ?? 0) }
        let compliance = try #require(json["compliance"] as? [String: [String: Int]])
        #expect(compliance["opd"] == ["withMain": withMain, "total": opd.count])
        #expect(compliance["kelurahan"] == ["withMain": villagesWithMain, "total": villages.count])
        #expect(compliance["bidang"] == ["withMain": divisionsWithMain, "total": divisions])

        let table = try sandbox.run(["report"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("\(withMain) dari \(opd.count) OPD punya inovasi utama"))
        #expect(table.stdout.contains("\(villagesWithMain) dari \(villages.count) kelurahan punya inovasi utama"))
        let markdown = try sandbox.run(["report", "--format", "markdown", "--lang", "en"])
        #expect(markdown.stdout.contains("- \(withMain) of \(opd.count) OPD have a main innovation\n"))
        // The city total's main column is the perangkat daerah's share, not blank.
        let totalLine = try #require(table.stdout.split(separator: "\n").first { $0.contains("Total kota") })
        #expect(totalLine.contains("\(withMain)/\(opd.count)"))
    }

    @Test("the longest OPD name is whole in Markdown and CSV")
    func namesNotCut() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let json = try sandbox.run(["report", "--format", "json"]).json()
        let agencies = try #require(json["agencies"] as? [[String: Any]])
        let longest = try #require(agencies.compactMap { $0["opdName"] as? String }.max { $0.count < $1.count })
        #expect(longest.count > 48)
        for format in ["markdown", "csv"] {
            let output = try sandbox.run(["report", "--format", format]).stdout
            #expect(output.contains(MarkdownText.escape(longest)) || output.contains(longest), "\(format)")
            #expect(!output.contains("…"), "\(format)")
        }
    }
}

/// Issue 12 point 9: `report --sort COLUMN [--reverse]` and `--only behind`.
@Suite("inovasi report order")
struct ReportOrderTests {
    func rows(_ sandbox: CLISandbox, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try sandbox.run(["report", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try result.json()["agencies"] as? [[String: Any]])
    }

    @Test("--sort overdue lists the most overdue first, --reverse the fewest; names from A")
    func sort() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let overdue = try rows(sandbox, ["--sort", "overdue"]).map { $0["overdue"] as? Int ?? 0 }
        #expect(overdue == overdue.sorted(by: >))
        #expect(overdue.first ?? 0 > overdue.last ?? 0)
        let reversed = try rows(sandbox, ["--sort", "overdue", "--reverse"]).map { $0["overdue"] as? Int ?? 0 }
        #expect(reversed == reversed.sorted())
        let names = try rows(sandbox, ["--sort", "name"]).map { ($0["opdName"] as? String ?? "").lowercased() }
        #expect(names == names.sorted())
        let bad = try sandbox.run(["report", "--sort", "umur"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--sort"))
    }

    @Test("--only behind keeps the OPDs without a main innovation or with overdue proposals; totals stay the city's")
    func behind() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let all = try rows(sandbox, [])
        let behind = try rows(sandbox, ["--only", "behind"])
        let expected = all.filter { $0["hasMainInnovation"] as? Bool == false || ($0["overdue"] as? Int ?? 0) > 0 }
        #expect(!behind.isEmpty && behind.count < all.count)
        #expect(behind.map { $0["opd"] as? String } == expected.map { $0["opd"] as? String })
        let json = try sandbox.run(["report", "--format", "json", "--only", "behind"]).json()
        #expect((json["total"] as? [String: Any])?["agencies"] as? Int == all.count)
        let table = try sandbox.run(["report", "--only", "behind"]).stdout
        #expect(table.contains("\(behind.count) dari \(all.count) OPD tertinggal"))
        #expect(try sandbox.run(["report", "--only", "semua"]).status == 1)
    }
}
