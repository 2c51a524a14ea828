import Foundation
import Testing

/// `inovasi remove KIND ID --note`, `inovasi remove --list` and `inovasi restore KIND ID`: soft
/// delete by an admin, audited and restorable; every refusal exits 1 with the store unchanged.
@Suite("inovasi remove and restore")
struct RemovalCommandTests {
    /// Every row of every table of the sandbox's store, through the store worker.
    func content(_ sandbox: CLISandbox) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try StoreWorkerProcess.executable())
        process.arguments = ["dump", sandbox.defaultStore]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("table removal"))
        return text
    }

    func queueIDs(_ sandbox: CLISandbox) throws -> [Int] {
        let result = try sandbox.run(["queue", "--format", "json", "--limit", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try result.json()["proposals"] as? [[String: Any]])
        return rows.compactMap { $0["id"] as? Int }
    }

    func expectRefused(_ sandbox: CLISandbox, _ arguments: [String], naming words: [String]) throws {
        let before = try content(sandbox)
        let result = try sandbox.run(arguments + ["--lang", "en"])
        #expect(result.status == 1, "\(arguments): \(result.stdout)\(result.stderr)")
        for word in words { #expect(result.stderr.contains(word), "\(arguments): \(result.stderr)") }
        #expect(try content(sandbox) == before, "\(arguments) changed the store")
    }

    @Test("a removed proposal leaves the queue, is listed as removed, keeps its history, and comes back")
    func proposalRoundTrip() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let ids = try queueIDs(sandbox)
        let id = String(try #require(ids.first))
        let removed = try sandbox.run(["remove", "proposal", id, "--note", "dimasukkan dua kali"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("Dihapus: usulan #\(id)"), "\(removed.stdout)")
        #expect(try queueIDs(sandbox) == Array(ids.dropFirst()))

        let list = try sandbox.run(["remove", "--list", "--format", "json"])
        let items = try list.jsonArray()
        #expect(items.count == 1)
        #expect(items.first?["kind"] as? String == "proposal")
        #expect(items.first?["note"] as? String == "dimasukkan dua kali")
        let table = try sandbox.run(["remove", "--list", "proposal", "--lang", "en"])
        #expect(table.stdout.contains("dimasukkan dua kali"), "\(table.stdout)")
        #expect(try sandbox.run(["remove", "--list", "opd"]).stdout.contains("Tidak ada data yang dihapus."))

        let restored = try sandbox.run(["restore", "proposal", id, "--note", "ternyata benar"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try queueIDs(sandbox) == ids)
        let history = try sandbox.run([
            "history", "--entity", "proposal", "--id", id, "--format", "json",
        ]).jsonArray().compactMap { $0["action"] as? String }
        #expect(history.suffix(2) == ["proposal.softDelete", "proposal.restore"])
        let words = try sandbox.run(["history", "--entity", "proposal", "--id", id, "--lang", "en"]).stdout
        #expect(words.contains("removed it (restorable)") && words.contains("restored it"), "\(words)")
    }

    @Test("an OPD with records is refused with the counts; an empty one is removed and restored by its code")
    func agencies() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init", "--city", "cilegon"]).status == 0)
        let added = try sandbox.run([
            "innovation", "add", "--opd", "DINKES", "--title", "Posyandu Digital", "--form", "pelayanan publik",
            "--kind", "digital", "--affair", "kesehatan", "--started", "2026-03-02",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        try expectRefused(
            sandbox, ["remove", "opd", "DINKES", "--note", "salah"], naming: ["DINKES", "1 innovations"])
        try expectRefused(sandbox, ["remove", "opd", "KEC-CIBEBER", "--note", "salah"], naming: ["6 kelurahan"])
        #expect(try sandbox.run(["remove", "opd", "Dinsos", "--note", "uji"]).status == 0)
        let report = try sandbox.run(["report", "--format", "json"]).stdout
        #expect(!report.contains("Dinas Sosial"))
        try expectRefused(
            sandbox,
            [
                "innovation", "add", "--opd", "DINSOS", "--title", "Baru", "--form", "pelayanan publik", "--kind",
                "digital", "--affair", "sosial", "--started", "2026-03-02",
            ], naming: ["restore opd"])
        #expect(try sandbox.run(["remove", "innovation", "1", "--note", "ganda"]).status == 0)
        let shown = try sandbox.run(["innovation", "show", "1", "--format", "json"])
        #expect(shown.status == 0)
        #expect(try shown.json()["innovation"] != nil, "standard output stays JSON")
        #expect(shown.stderr.contains("inovasi restore innovation 1"), "\(shown.stderr)")
        #expect(try sandbox.run(["innovation", "list", "--format", "json"]).jsonArray().isEmpty)
        #expect(try sandbox.run(["restore", "opd", "DINSOS"]).status == 0)
        #expect(try sandbox.run(["report", "--format", "json"]).stdout.contains("Dinas Sosial"))
    }

    @Test(
        "bad input and refusals are named, exit 1, and change nothing",
        arguments: [
            (["remove", "proposal", "1"], "--note"), (["remove", "proposal", "1", "--note", " "], "--note"),
            (["remove", "usul", "1", "--note", "x"], "usul"), (["remove", "proposal", "abc", "--note", "x"], "abc"),
            (["remove", "proposal", "99999", "--note", "x"], "99999"), (["remove"], "--list"),
            (["remove", "--list", "proposal", "3"], "--list"), (["restore", "proposal", "1"], "not removed"),
            (["restore", "innovation", "99999"], "99999"), (["restore", "usul", "1"], "usul"),
            (["remove", "opd", "NOPE", "--note", "x"], "NOPE"),
        ])
    func badInput(arguments: [String], named: String) throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        try expectRefused(sandbox, arguments, naming: [named])
    }

    @Test("only an admin removes or restores")
    func onlyAdmins() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = String(try #require(try queueIDs(sandbox).first))
        #expect(try sandbox.run(["remove", "proposal", id, "--note", "uji"]).status == 0)
        #expect(try sandbox.run(["users", "add", "kepala", "--role", "admin"]).status == 0)
        #expect(try sandbox.run(["users", "set-role", CLISandbox.userName(), "supervisor"]).status == 0)
        try expectRefused(sandbox, ["restore", "proposal", id], naming: [CLISandbox.userName()])
        try expectRefused(sandbox, ["remove", "innovation", "1", "--note", "x"], naming: [CLISandbox.userName()])
    }
}
