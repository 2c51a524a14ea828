import Foundation
import Testing

/// `inovasi iid rules` and `inovasi iid check`: the shipped years, the office's files overriding
/// or adding a year, and a bad file refused naming its line and key.
@Suite("CLI: iid rules")
struct IIDRulesCommandTests {
    static let office2027 = """
        # Aturan kantor untuk 2027
        year: 2027
        source: "surat resmi"
        verified: true
        maxTotal: 250
        divisor:
          minimum: 14
          verified: true
        sid:
          - number: "16"
            name: Regulasi Inovasi Daerah
            weight: 3
            mandatory: true
            levels: [SK, Perkada, Perda]
            verified: true
        """

    func officeFile(_ sandbox: CLISandbox, _ text: String, year: Int) throws -> String {
        try FileManager.default.createDirectory(
            atPath: sandbox.configHome + "/inovasi/iid", withIntermediateDirectories: true)
        return try sandbox.writeConfig(text, name: "iid/\(year).yaml")
    }

    @Test("iid rules --year 2026 prints the shipped rules, each value marked unverified")
    func shipped2026() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["iid", "rules", "--year", "2026", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        for text in [
            "IID rules of the 2026 assessment", "Minimum divisor: 12 (not verified)", "0.38 per innovation, up to 200",
            "Sangat Inovatif ≥ 65.01", "Inovatif ≥ 40.01", "2024-01-01 – 2025-12-31",
            "SID: indicators per innovation (max 111)",
            "SPD: indicators of the region (max 63)", "Regulasi Inovasi Daerah", "Video inovasi", "sosial",
        ] {
            #expect(result.stdout.contains(text), "missing \(text) in\n\(result.stdout)")
        }
        let indonesian = try sandbox.run(["iid", "rules", "--year", "2026", "--lang", "id"])
        #expect(indonesian.stdout.contains("Pembagi minimum: 12 (belum diverifikasi)"), "\(indonesian.stdout)")
    }

    @Test("iid rules --format json has the 2026 totals: SID 111, SPD 63, five mandatory indicators")
    func json2026() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["iid", "rules", "--year", "2026", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try result.json()
        #expect(object["sidMaximum"] as? Double == 111)
        #expect(object["spdMaximum"] as? Double == 63)
        #expect(object["verified"] as? Bool == false)
        let sid = try #require(object["sid"] as? [[String: Any]])
        #expect(sid.count == 20)
        let mandatory = sid.filter { $0["mandatory"] as? Bool == true }.compactMap { $0["number"] as? String }
        #expect(mandatory == ["16", "17", "32", "33", "35"])
        #expect(sid.allSatisfy { $0["verified"] as? Bool == false })
        let markdown = try sandbox.run(["iid", "rules", "--year", "2026", "--format", "markdown", "--lang", "en"])
        #expect(markdown.stdout.contains("# IID rules of the 2026 assessment"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("| 35 "), "\(markdown.stdout)")
    }

    @Test("2025 holds only what is known and says which sections are missing")
    func partial2025() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["iid", "rules", "--year", "2025", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Sangat Inovatif ≥ 65.01"), "\(result.stdout)")
        #expect(result.stdout.contains("Sections not given: divisor"), "\(result.stdout)")
    }

    @Test("the office's iid/2027.yaml adds a year; a year with no file is refused naming the folder")
    func officeYear() throws {
        let sandbox = try CLISandbox()
        let missing = try sandbox.run(["iid", "rules", "--year", "2027", "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("No IID rules for the year 2027"), "\(missing.stderr)")
        #expect(missing.stderr.contains(sandbox.configHome + "/inovasi/iid/2027.yaml"), "\(missing.stderr)")
        _ = try officeFile(sandbox, Self.office2027, year: 2027)
        let result = try sandbox.run(["iid", "rules", "--year", "2027", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Minimum divisor: 14\n"), "\(result.stdout)")
    }

    @Test("the office's iid/2026.yaml replaces the shipped 2026")
    func officeOverride() throws {
        let sandbox = try CLISandbox()
        let text = Self.office2027.replacingOccurrences(of: "year: 2027", with: "year: 2026")
        _ = try officeFile(sandbox, text, year: 2026)
        let result = try sandbox.run(["iid", "rules", "--year", "2026", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try result.json()
        #expect((object["divisor"] as? [String: Any])?["minimum"] as? Int == 14)
        #expect((object["sid"] as? [Any])?.count == 1)
    }

    @Test(
        "a bad rules file is refused naming its line and key",
        arguments: [
            ("    wieght: 3", "line 12", "sid[0].wieght"),  // unknown key
            ("    weight: berat", "line 12", "sid[0].weight"),  // wrong type
            ("    weight: 0", "line 12", "sid[0].weight"),  // out of range
            ("    weight: [3", "line ", nil),  // not YAML
        ])
    func badFile(line: String, expectedLine: String, key: String?) throws {
        let sandbox = try CLISandbox()
        let text = Self.office2027.replacingOccurrences(of: "    weight: 3", with: line)
        let path = sandbox.path("rules.yaml")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        for arguments in [["iid", "check", path], ["iid", "rules", "--file", path]] {
            let result = try sandbox.run(arguments + ["--lang", "en"])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(path) && result.stderr.contains(expectedLine), "\(result.stderr)")
            if let key { #expect(result.stderr.contains("“\(key)”"), "\(result.stderr)") }
        }
    }

    @Test("a missing key is named with the line of its item; a good file is OK")
    func missingKeyAndClean() throws {
        let sandbox = try CLISandbox()
        let path = sandbox.path("rules.yaml")
        try Data(Self.office2027.replacingOccurrences(of: "    name: Regulasi Inovasi Daerah\n", with: "").utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = try sandbox.run(["iid", "check", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 10") && result.stderr.contains("“sid[0].name”"), "\(result.stderr)")
        try Data(Self.office2027.utf8).write(to: URL(fileURLWithPath: path))
        let clean = try sandbox.run(["iid", "check", path, "--lang", "en"])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("is OK (year 2027)"), "\(clean.stdout)")
    }
}
