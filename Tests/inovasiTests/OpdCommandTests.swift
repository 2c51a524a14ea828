import Foundation
import Testing

@Suite("inovasi opd and init --city")
struct OpdCommandTests {
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
        #expect(process.terminationStatus == 0)
        #expect(text.contains("table agency"))
        return text
    }

    func opds(_ sandbox: CLISandbox, all: Bool = false) throws -> [[String: Any]] {
        let result = try sandbox.run(["opd", "list", "--format", "json"] + (all ? ["--all"] : []))
        #expect(result.status == 0, "\(result.stderr)")
        return try result.jsonArray()
    }

    /// Runs `arguments`, expects exit status 1 with `words` in the message, and the store unchanged.
    func expectRefused(_ sandbox: CLISandbox, _ arguments: [String], naming words: [String]) throws {
        let before = try content(sandbox)
        let result = try sandbox.run(arguments + ["--lang", "en"])
        #expect(result.status == 1, "\(arguments): \(result.stdout)")
        for word in words { #expect(result.stderr.contains(word), "\(arguments): \(result.stderr)") }
        #expect(try content(sandbox) == before, "\(arguments) changed the store")
    }

    @Test("init --city cilegon writes 28 OPDs, 8 kecamatan and 43 kelurahan with bidang and seksi, nothing else")
    func initCilegon() throws {
        let sandbox = try CLISandbox()
        let created = try sandbox.run(["init", "--city", "cilegon"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Kota Cilegon"))
        let rows = try opds(sandbox)
        let kinds = rows.map { $0["kind"] as? String ?? "" }
        #expect(kinds.filter { $0 == "kecamatan" }.count == 8)
        #expect(kinds.filter { $0 == "kelurahan" }.count == 43)
        #expect(kinds.filter { $0 != "kecamatan" && $0 != "kelurahan" }.count == 28)
        let kotabumi = try #require(rows.first { $0["code"] as? String == "KEL-KOTABUMI" })
        #expect(kotabumi["parent"] as? String == "KEC-PURWAKARTA")
        #expect(kotabumi["shortName"] as? String == "Kel. Kotabumi")
        #expect((kotabumi["divisions"] as? [String])?.count == 3)
        let dinkes = try #require(rows.first { $0["code"] as? String == "DINKES" })
        #expect(dinkes["shortName"] as? String == "Dinkes")
        #expect((dinkes["divisions"] as? [String])?.contains("Bidang Pelayanan Kesehatan") == true)

        let report = try sandbox.run(["report", "--format", "json"]).json()
        #expect((report["agencies"] as? [[String: Any]])?.count == 79)
        let queue = try sandbox.run(["queue", "--format", "json"]).json()
        #expect((queue["proposals"] as? [Any])?.isEmpty == true)
        let users = try sandbox.run(["users", "list", "--format", "json"]).jsonArray()
        #expect(users.count == 1)
    }

    @Test("init --city with an unknown city is refused with the known ones and writes no file")
    func unknownCity() throws {
        let sandbox = try CLISandbox()
        let refused = try sandbox.run(["init", "--city", "atlantis", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("atlantis"))
        #expect(refused.stderr.contains("cilegon"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStore))
    }

    @Test("an admin adds, edits, deactivates and reactivates an OPD; list shows the inactive one only with --all")
    func lifecycle() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init", "--city", "cilegon"]).status == 0)
        let added = try sandbox.run([
            "opd", "add", "BRIDA", "--name", "Badan Riset dan Inovasi Daerah", "--short-name", "Brida",
            "--kind", "badan",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let village = try sandbox.run([
            "opd", "add", "KEL-BARU", "--name", "Kelurahan Baru", "--kind", "kelurahan", "--parent", "Kec. Cibeber",
        ])
        #expect(village.status == 0, "\(village.stderr)")
        #expect(try opds(sandbox).first { $0["code"] as? String == "KEL-BARU" }?["parent"] as? String == "KEC-CIBEBER")

        let edited = try sandbox.run(["opd", "edit", "brida", "--short-name", "BRIDA Cilegon", "--code", "BRIDA-CLG"])
        #expect(edited.status == 0, "\(edited.stderr)")
        let brida = try #require(try opds(sandbox).first { $0["code"] as? String == "BRIDA-CLG" })
        #expect(brida["shortName"] as? String == "BRIDA Cilegon")
        #expect(brida["name"] as? String == "Badan Riset dan Inovasi Daerah")

        #expect(try sandbox.run(["opd", "deactivate", "Dinkes"]).status == 0)
        #expect(try !opds(sandbox).contains { $0["code"] as? String == "DINKES" })
        let all = try opds(sandbox, all: true)
        #expect(all.first { $0["code"] as? String == "DINKES" }?["active"] as? Bool == false)
        let report = try sandbox.run(["report", "--format", "json"]).json()
        let codes = (report["agencies"] as? [[String: Any]])?.compactMap { $0["opd"] as? String } ?? []
        #expect(!codes.contains("DINKES"))
        #expect(codes.contains("DINSOS"))
        let table = try sandbox.run(["opd", "list", "--all", "--lang", "en"])
        #expect(table.stdout.contains("Dinas Kesehatan"))

        #expect(try sandbox.run(["opd", "activate", "DINKES"]).status == 0)
        #expect(try opds(sandbox).contains { $0["code"] as? String == "DINKES" })
    }

    @Test("bad OPD input names what is wrong, exits 1 and leaves the store unchanged")
    func badInput() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init", "--city", "cilegon"]).status == 0)
        let add = ["opd", "add"]
        try expectRefused(sandbox, add + ["dinkes", "--name", "Dinas Baru", "--kind", "dinas"], naming: ["code"])
        try expectRefused(
            sandbox, add + ["DINBARU", "--name", "Dinas Baru", "--short-name", "Dinkes", "--kind", "dinas"],
            naming: ["shortName", "Dinkes", "DINKES"])
        try expectRefused(
            sandbox, add + ["DINBARU", "--name", "Dinas Baru", "--kind", "ministry"], naming: ["ministry"])
        try expectRefused(
            sandbox, add + ["KEL-X", "--name", "Kelurahan X", "--kind", "kelurahan", "--parent", "KEC-NOWHERE"],
            naming: ["--parent", "KEC-NOWHERE"])
        try expectRefused(
            sandbox, add + ["KEL-X", "--name", "Kelurahan X", "--kind", "kelurahan", "--parent", "DINKES"],
            naming: ["parentID"])
        try expectRefused(
            sandbox, add + ["KEL-X", "--name", "Kelurahan X", "--kind", "kelurahan"], naming: ["--parent"])
        try expectRefused(
            sandbox, add + ["DINBARU", "--name", "Dinas Baru", "--kind", "dinas", "--parent", "KEC-CIBEBER"],
            naming: ["--parent", "dinas"])
        try expectRefused(sandbox, add + ["DIN BARU", "--name", "Dinas Baru", "--kind", "dinas"], naming: ["code"])
        try expectRefused(sandbox, ["opd", "edit", "NOPE", "--name", "X"], naming: ["NOPE"])
        try expectRefused(sandbox, ["opd", "edit", "DINKES"], naming: ["--name"])
        try expectRefused(sandbox, ["opd", "edit", "DINKES", "--code", "DINSOS"], naming: ["code", "DINSOS"])
        try expectRefused(sandbox, ["opd", "deactivate", "KEC-CIBEBER"], naming: ["KEC-CIBEBER", "6"])
        try expectRefused(
            sandbox, ["opd", "bidang", "add", "DINKES", "bidang pelayanan kesehatan"], naming: ["DINKES"])
        try expectRefused(
            sandbox, ["opd", "bidang", "rename", "DINKES", "Bidang Tidak Ada", "X"], naming: ["Tidak Ada"])
        try expectRefused(sandbox, ["opd", "alias", "add", "DINSOS", "Dinas Kesehatan"], naming: ["alias", "DINKES"])
        try expectRefused(sandbox, ["opd", "alias", "add", "DINSOS", "-."], naming: ["alias"])
        try expectRefused(sandbox, ["opd", "activate", "KEL-NOPE"], naming: ["KEL-NOPE"])
        try expectRefused(sandbox, ["opd", "bidang", "remove", "DINKES", "Bidang Tidak Ada"], naming: ["Tidak Ada"])
        try expectRefused(sandbox, ["opd", "bidang", "add", "DINKES", "  "], naming: ["name"])
        try expectRefused(sandbox, ["opd", "alias", "list", "NOPE"], naming: ["NOPE"])
        try expectRefused(sandbox, ["opd", "list", "--format", "xml"], naming: ["xml"])
    }

    @Test("a user who is not admin cannot change OPDs")
    func notAdmin() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init", "--city", "cilegon"]).status == 0)
        let me = CLISandbox.userName()
        #expect(try sandbox.run(["users", "add", "budi", "--role", "admin"]).status == 0)
        #expect(try sandbox.run(["users", "set-role", me, "viewer"]).status == 0)
        try expectRefused(sandbox, ["opd", "deactivate", "DINKES"], naming: [me])
        try expectRefused(sandbox, ["opd", "bidang", "add", "DINKES", "Bidang Baru"], naming: [me])
        #expect(try sandbox.run(["opd", "list"]).status == 0)
    }

    @Test("bidang are added, renamed and removed; a bidang in use is not removed")
    func bidang() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let dinkes = {
            try self.opds(sandbox).first { $0["code"] as? String == "DINKES" }?["divisions"] as? [String] ?? []
        }
        let used = try #require(try dinkes().first)
        #expect(try sandbox.run(["opd", "bidang", "add", "DINKES", "Bidang Uji Coba"]).status == 0)
        #expect(try dinkes().contains("Bidang Uji Coba"))
        #expect(try sandbox.run(["opd", "bidang", "rename", "dinkes", "bidang uji coba", "Bidang Uji"]).status == 0)
        #expect(try dinkes().contains("Bidang Uji"))
        #expect(try sandbox.run(["opd", "bidang", "remove", "DINKES", "Bidang Uji"]).status == 0)
        #expect(try !dinkes().contains("Bidang Uji"))
        // The demo's first bidang of Dinas Kesehatan runs innovations, so it stays.
        let before = try content(sandbox)
        let refused = try sandbox.run(["opd", "bidang", "remove", "DINKES", used, "--lang", "en"])
        if refused.status == 1 {
            #expect(refused.stderr.contains("cannot be removed"))
            #expect(try content(sandbox) == before)
        } else {
            Issue.record("the demo's bidang \(used) was removed: \(refused.stdout)")
        }
    }

    @Test("aliases are added and listed, and the OPD is found by them")
    func aliases() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init", "--city", "cilegon"]).status == 0)
        let added = try sandbox.run(["opd", "alias", "add", "Dinkes", "Dinas Kesehatan Kota Cilegon"])
        #expect(added.status == 0, "\(added.stderr)")
        let list = try sandbox.run(["opd", "alias", "list", "--format", "json"]).jsonArray()
        #expect(list.count == 1)
        #expect(list.first?["opd"] as? String == "DINKES")
        let csv = try sandbox.run(["opd", "alias", "list", "--format", "csv"])
        #expect(csv.stdout.contains("DINKES,Dinas Kesehatan Kota Cilegon"))
        #expect(try sandbox.run(["opd", "deactivate", "dinas kesehatan kota cilegon"]).status == 0)
        #expect(try opds(sandbox, all: true).first { $0["code"] as? String == "DINKES" }?["active"] as? Bool == false)
        let csvList = try sandbox.run(["opd", "list", "--format", "csv"])
        #expect(csvList.stdout.hasPrefix("code,shortName,name,kind,parent,active,divisions"))
    }
}
