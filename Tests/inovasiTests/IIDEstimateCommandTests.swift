import Foundation
import InovasiCore
import InovasiStore
import Testing

/// `inovasi iid` end to end on a demo store: the estimate, the briefing, the OPD filter, and an
/// action carried out (its evidence entered) moving the index by the gain the list promised.
@Suite("CLI: iid estimate")
struct IIDEstimateCommandTests {
    @Test("doing the best raise on an innovation moves the index by the gain it was listed with")
    func actionMovesIndex() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let before = try sandbox.run(["iid", "--year", "2026", "--format", "json", "--top", "500", "--data", store])
        #expect(before.status == 0, "\(before.stderr)")
        let object = try before.json()
        let index = try #require(object["index"] as? Double)
        let actions = try #require(object["actions"] as? [[String: Any]])
        let raise = try #require(
            actions.first {
                $0["kind"] as? String == "raise" && $0["innovationID"] != nil && $0["indicator"] as? String != "16"
            })
        let id = try #require((raise["innovationID"] as? NSNumber)?.int64Value)
        let indicator = try #require(raise["indicator"] as? String)
        let level = try #require(raise["to"] as? Int)
        let gain = try #require(raise["gain"] as? Double)

        let rules = IIDRules(
            year: 2026, sid: [IIDIndicator(number: indicator, name: "x", weight: 1)])
        let handle = try Store.open(at: store, mode: .readWrite)
        try handle.setIIDEvidence(
            IIDEvidence(year: 2026, innovationID: id, indicator: indicator, level: level, document: "bukti.pdf"),
            rules: rules, by: CLISandbox.userName())

        let after = try sandbox.run(["iid", "--year", "2026", "--format", "json", "--data", store])
        let moved = try #require(try after.json()["index"] as? Double)
        #expect(abs(moved - index - gain) < 1e-9, "index \(index) → \(moved), gain \(gain)")
    }

    @Test("the default subcommand prints the estimate; markdown is the briefing in the chosen language")
    func tableAndBriefing() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let table = try sandbox.run(["iid", "--year", "2026", "--data", store, "--lang", "en"])
        #expect(table.status == 0, "\(table.stderr)")
        for text in [
            "Estimated Indeks Inovasi Daerah 2026", "Last official result: 48.30 (Inovatif, 2025 assessment)",
            "Next predicate: Inovatif from 40.01", "SID (of 111)", "Most valuable actions (top 10)", "divisor",
        ] {
            #expect(table.stdout.contains(text), "missing \(text) in\n\(table.stdout)")
        }
        let briefing = try sandbox.run(["iid", "--year", "2026", "--data", store, "--format", "markdown"])
        #expect(briefing.stdout.hasPrefix("# Laporan singkat untuk Wali Kota: IID 2026"))
        #expect(briefing.stdout.contains("## Langkah paling bernilai (10 teratas)"))
        #expect(briefing.stdout.contains("## Bukti wajib yang masih kurang per OPD"))
        let csv = try sandbox.run(["iid", "--year", "2026", "--data", store, "--format", "csv", "--top", "3"])
        #expect(csv.stdout.split(whereSeparator: \.isNewline).count == 4)
    }

    @Test("--opd keeps that OPD's actions; an unknown code, a year without full rules and a bad --top are refused")
    func agencyAndRefusals() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let result = try sandbox.run(["iid", "--year", "2026", "--data", store, "--opd", "DINKES", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try result.json()
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(!actions.isEmpty)
        let agency = try #require(object["agencyID"] as? Int)
        #expect(actions.allSatisfy { $0["agencyID"] as? Int == agency })
        let unknown = try sandbox.run(["iid", "--year", "2026", "--data", store, "--opd", "NOPE", "--lang", "en"])
        #expect(unknown.status == 1 && unknown.stderr.contains("No OPD has the code NOPE."))
        let partial = try sandbox.run(["iid", "--year", "2025", "--data", store, "--lang", "en"])
        #expect(partial.status == 1 && partial.stderr.contains("sections not given: divisor"), "\(partial.stderr)")
        let top = try sandbox.run(["iid", "--top", "0", "--data", store, "--lang", "en"])
        #expect(top.status == 1)
    }

    @Test("iid rules prints the stage required, the last official result and regulasi read from the penetapan")
    func rulesPlanFields() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["iid", "rules", "--year", "2026", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        for text in [
            "Stage required: Implementation",
            "Last official result (beside the estimate): 48.30 Inovatif, 2025 assessment, Kepmendagri 400.10.11-6097/2025",
            "Level read from the innovation's penetapan (not entered): 16 Regulasi Inovasi Daerah",
        ] {
            #expect(result.stdout.contains(text), "missing \(text) in\n\(result.stdout)")
        }
        let json = try sandbox.run(["iid", "rules", "--year", "2026", "--format", "json"]).json()
        #expect(json["stage"] as? String == "implementation")
        #expect((json["lastOfficial"] as? [String: Any])?["index"] as? Double == 48.30)
        let sid = try #require(json["sid"] as? [[String: Any]])
        #expect(sid.filter { $0["from"] as? String == "enactment" }.compactMap { $0["number"] as? String } == ["16"])
    }
}
