import Foundation
import InovasiCore
import Testing

@Suite("inovasi report --year")
struct ReportYearCommandTests {
    static let figureKeys: Set<String> = [
        "proposalsIn", "approved", "revisionRequested", "rejected", "reachedTrial", "reachedImplementation",
        "stageMoves", "movedBack", "innovationsStarted",
    ]

    @Test("every format gives the year's figures per OPD; the total is the sum of the rows")
    func formats() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let table = try sandbox.run(["report", "--year", "2026"])
        #expect(table.status == 0, "\(table.stderr)")
        for heading in ["Usulan masuk", "Disetujui", "Perlu Revisi", "Ditolak", "Capai penerapan", "Pindah tahap"] {
            #expect(table.stdout.contains(heading), "\(heading)")
        }
        #expect(table.stdout.contains("angka tahun 2026"))

        let json = try sandbox.run(["report", "--format", "json", "--year", "2026"]).json()
        #expect(json["year"] as? Int == 2026)
        #expect(json["timeZone"] as? String == "Asia/Jakarta")
        let agencies = try #require(json["agencies"] as? [[String: Any]])
        let total = try #require(json["total"] as? [String: Int])
        #expect(Set(total.keys) == Self.figureKeys)
        for key in Self.figureKeys {
            let sum = agencies.reduce(0) { $0 + (($1["figures"] as? [String: Int])?[key] ?? 0) }
            #expect(sum == total[key], "\(key)")
        }
        #expect((total["proposalsIn"] ?? 0) > 0 && (total["approved"] ?? 0) > 0, "the demo's 2026 has figures")

        let csv = try sandbox.run(["report", "--format", "csv", "--year", "2026"])
        let header = csv.stdout.split(whereSeparator: \.isNewline).first.map(String.init)
        #expect(header?.hasPrefix("opd,opdName,kind,parent,proposalsIn,approved,revisionRequested,rejected") == true)
        #expect(csv.stdout.split(whereSeparator: \.isNewline).last?.hasPrefix("TOTAL,") == true)
    }

    @Test("--sort takes the year's columns; --only behind keeps the city total")
    func sortAndOnly() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let sorted = try sandbox.run(["report", "--format", "json", "--year", "2025", "--sort", "approved"]).json()
        let approved = try #require(sorted["agencies"] as? [[String: Any]]).map {
            ($0["figures"] as? [String: Int])?["approved"] ?? 0
        }
        #expect(approved == approved.sorted(by: >))
        #expect((approved.first ?? 0) > 0, "the demo's 2025 has approvals")
        let all = try sandbox.run(["report", "--format", "json", "--year", "2025"]).json()
        let behind = try sandbox.run(["report", "--format", "json", "--year", "2025", "--only", "behind"]).json()
        #expect((behind["agencies"] as? [Any])?.count ?? 0 < (all["agencies"] as? [Any])?.count ?? 0)
        #expect(behind["total"] as? [String: Int] == all["total"] as? [String: Int])
    }

    @Test("a bad year, or a year's column without --year, is refused naming the option")
    func badYear() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        for year in ["20x6", "1800", "26"] {
            let result = try sandbox.run(["report", "--year", year])
            #expect(result.status == 1, "\(year)")
            #expect(result.stderr.contains("--year") && result.stderr.contains(year), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let english = try sandbox.run(["report", "--year", "20x6", "--lang", "en"])
        #expect(english.stderr.contains("Unknown year “20x6” for --year"))
        let noYear = try sandbox.run(["report", "--sort", "approved"])
        #expect(noYear.status == 1)
        #expect(noYear.stderr.contains("--year"))
    }

    @Test("the yearly Markdown report has every section, in both languages, names whole")
    func markdown() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let indonesian = try sandbox.run(["report", "--format", "markdown", "--year", "2026"])
        #expect(indonesian.status == 0, "\(indonesian.stderr)")
        for heading in [
            "# Kota Cilegon — laporan inovasi daerah tahun 2026", "## Ringkasan kota", "## Kepatuhan Instruksi 1/2022",
            "## Tahapan inovasi", "## OPD paling tertinggal", "## Pendampingan yang terlaksana", "## Angka per OPD",
        ] {
            #expect(indonesian.stdout.contains(heading), "\(heading)")
        }
        #expect(!indonesian.stdout.contains("…"))
        #expect(indonesian.stdout.contains("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"))
        let english = try sandbox.run(["report", "--format", "markdown", "--year", "2026", "--lang", "en"])
        #expect(english.stdout.contains("# Kota Cilegon — regional innovation report 2026"))
        #expect(english.stdout.contains("## Agencies furthest behind"))
        let today = try sandbox.run(["report", "--format", "markdown"])
        #expect(!today.stdout.contains("## Ringkasan kota"), "without --year the report stays as it was")
    }
}
