import Foundation
import Testing

/// `inovasi history`: the audit trail of any record, user or span of days.
@Suite("inovasi history")
struct AuditHistoryCommandTests {
    /// A Cilegon store with one innovation of Dinkes, moved one stage on and made main.
    func store(_ sandbox: CLISandbox) throws -> String {
        let store = sandbox.path("history.sqlite")
        #expect(try sandbox.run(["init", "--city", "cilegon", "--data", store]).status == 0)
        let added = try sandbox.run([
            "innovation", "add", "--data", store, "--opd", "DINKES", "--title", "Posyandu Digital", "--form",
            "pelayanan publik", "--kind", "digital", "--affair", "kesehatan", "--started", "2026-03-02",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try sandbox.run(["innovation", "advance", "1", "--data", store]).status == 0)
        #expect(try sandbox.run(["innovation", "set-main", "1", "--data", store]).status == 0)
        return store
    }

    func actions(_ json: String) throws -> [String] {
        let items = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        return items.compactMap { $0["action"] as? String }
    }

    @Test("one record's trail, oldest first, in JSON with before and after; as a table in both languages")
    func oneRecord() throws {
        let sandbox = try CLISandbox()
        let store = try store(sandbox)
        let json = try sandbox.run([
            "history", "--data", store, "--entity", "innovation", "--id", "1", "--format", "json",
        ])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(try actions(json.stdout) == ["innovation.add", "innovation.stage", "innovation.setMain"])
        #expect(json.stdout.contains("\"before\" : null"))
        let table = try sandbox.run(["history", "--data", store, "--entity", "innovation", "--id", "1"])
        #expect(table.stdout.contains("mengubah tahap inovasi"))
        #expect(table.stdout.contains("menjadikannya inovasi utama"))
        let english = try sandbox.run(["history", "--data", store, "--entity", "innovation", "--lang", "en"])
        #expect(english.stdout.contains("made it the main innovation"))
    }

    @Test("filters by user, by days and by number, and says when nothing matches")
    func filters() throws {
        let sandbox = try CLISandbox()
        let store = try store(sandbox)
        let all = try actions(try sandbox.run(["history", "--data", store, "--format", "json"]).stdout)
        #expect(all.first == "store.create")
        #expect(all.contains("city.setup"))
        let nobody = try sandbox.run(["history", "--data", store, "--user", "nobody.here"])
        #expect(nobody.stdout.contains("Tidak ada entri audit yang cocok."))
        let past = try sandbox.run(["history", "--data", store, "--from", "2001-01-01", "--to", "2001-12-31"])
        #expect(past.stdout.contains("Tidak ada entri audit yang cocok."))
        let last = try actions(
            try sandbox.run(["history", "--data", store, "--limit", "1", "--format", "json"]).stdout)
        #expect(last == ["innovation.setMain"])
    }

    @Test(
        "bad input is named, exits 1, and changes nothing",
        arguments: [
            (["--id", "1"], "--entity"), (["--limit", "0"], "--limit"), (["--from", "2026-02-30"], "--from"),
            (["--from", "2026-12-05", "--to", "2026-12-01"], "--from"),
        ])
    func badInput(arguments: [String], named: String) throws {
        let sandbox = try CLISandbox()
        let store = try store(sandbox)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let result = try sandbox.run(["history", "--data", store] + arguments)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(named), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}
