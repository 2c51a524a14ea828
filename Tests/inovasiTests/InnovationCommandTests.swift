import Foundation
import Testing

/// `inovasi innovation …` on the demo store: each command, its validation, and the store unchanged
/// on every refusal.
@Suite("inovasi innovation")
struct InnovationCommandTests {
    static let add = [
        "innovation", "add", "--opd", "DINKES", "--title", "Posyandu Digital", "--form", "pelayanan publik",
        "--kind", "non-digital", "--affair", "kesehatan", "--started", "7 Desember 2025",
    ]

    /// Everything an innovation command could change: every innovation with its fields, the report's
    /// per-OPD counts and main flags, and the stage history of `ids`.
    func fingerprint(_ sandbox: CLISandbox, _ ids: [String] = []) throws -> [String] {
        var lines = [try sandbox.run(["innovation", "list", "--format", "json"]).stdout]
        let report = try #require(try sandbox.run(["report", "--format", "json"]).json()["agencies"])
        lines.append(
            String(decoding: try JSONSerialization.data(withJSONObject: report, options: .sortedKeys), as: UTF8.self))
        for id in ids { lines.append(try sandbox.run(["innovation", "show", id, "--format", "json"]).stdout) }
        return lines
    }

    /// Adds the test's innovation and returns its number.
    func added(_ sandbox: CLISandbox, _ extra: [String] = []) throws -> String {
        let result = try sandbox.run(Self.add + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let words = result.stdout.split(separator: " ")
        return try #require(words.count > 1 ? String(words[1]) : nil, "\(result.stdout)")
    }

    func item(_ sandbox: CLISandbox, _ id: String) throws -> [String: Any] {
        let shown = try sandbox.run(["innovation", "show", id, "--format", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        return try #require(try shown.json()["innovation"] as? [String: Any])
    }

    func history(_ sandbox: CLISandbox, _ id: String) throws -> [[String: Any]] {
        let shown = try sandbox.run(["innovation", "show", id, "--format", "json"])
        return try #require(try shown.json()["history"] as? [[String: Any]])
    }

    @Test("add takes the profile, names as people write them and every budget form")
    func addWithProfile() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        for (index, budget) in ["1.250.000", "1250000", "Rp 1.250.000"].enumerated() {
            let id = try added(
                sandbox,
                [
                    "--budget", budget, "--bidang", "bidang pelayanan kesehatan", "--shared-affair", "sosial",
                    "--enactment-kind", "Perkada", "--enactment-number", "12/2026", "--enactment-date",
                    "2026-01-05", "--goal", "Lansia tidak antre \(index)", "--design", "Singkat",
                ])
            let item = try item(sandbox, id)
            #expect(item["budget"] as? Int == 1_250_000)
            #expect(item["form"] as? String == "publicService")
            #expect(item["kind"] as? String == "nonDigital")
            #expect(item["bidang"] as? String == "Bidang Pelayanan Kesehatan")
            #expect(item["sharedAffairs"] as? [String] == ["sosial"])
            #expect(item["enactmentKind"] as? String == "headRegulation")
            #expect(item["startYear"] as? Int == 2025)
            #expect(item["stage"] as? String == "initiative")
            #expect(try history(sandbox, id).map { $0["stage"] as? String } == ["initiative"])
        }
        let thin = try sandbox.run(Self.add + ["--design", "Terlalu singkat"])
        #expect(thin.status == 0)
        #expect(thin.stderr.contains("300"), "the IID's 300 words warn, not refuse: \(thin.stderr)")
        let table = try sandbox.run(["innovation", "show", try added(sandbox)])
        #expect(table.stdout.contains("Posyandu Digital"))
        #expect(table.stdout.contains("Riwayat tahap"))
    }

    @Test(
        "bad input is refused naming the field, exit 1, nothing changed",
        arguments: [
            (["--opd", "DINKESX"], "DINKESX"), (["--bidang", "Bidang Tidak Ada"], "--bidang"),
            (["--budget", "1,5 juta"], "--budget"), (["--budget", "-5"], "--budget"),
            (["--started", "2026-02-30"], "--started"), (["--form", "apa saja"], "--form"),
            (["--kind", "analog"], "--kind"), (["--enactment-kind", "perda"], "--enactment-kind"),
            (["--title", "  "], "title"), (["--stage", "selesai"], "--stage"),
        ])
    func addRefusals(extra: [String], named: String) throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let before = try fingerprint(sandbox)
        var arguments = Self.add
        if let index = arguments.firstIndex(of: extra[0]) {
            arguments[index + 1] = extra[1]
        } else {
            arguments += extra
        }
        let refused = try sandbox.run(arguments)
        #expect(refused.status == 1, "\(refused.stdout)")
        #expect(refused.stderr.contains(named), "\(refused.stderr)")
        #expect(try fingerprint(sandbox) == before)
    }

    @Test("advance one step, never past penerapan; back only with a note; a stopped one stays")
    func stageRules() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox)
        #expect(try sandbox.run(["innovation", "advance", id]).stdout.contains("Uji Coba"))
        #expect(try sandbox.run(["innovation", "advance", id, "--lang", "en"]).stdout.contains("Implementation"))
        var before = try fingerprint(sandbox, [id])
        let past = try sandbox.run(["innovation", "advance", id, "--lang", "en"])
        #expect(past.status == 1)
        #expect(past.stderr.contains("stage"), "\(past.stderr)")
        let noNote = try sandbox.run(["innovation", "stage", id, "uji coba"])
        #expect(noNote.status == 1)
        #expect(noNote.stderr.contains("--note"), "\(noNote.stderr)")
        let forward = try sandbox.run(["innovation", "stage", id, "penerapan", "--note", "x"])
        #expect(forward.status == 1)
        #expect(try fingerprint(sandbox, [id]) == before)

        let back = try sandbox.run(["innovation", "stage", id, "uji coba", "--note", "salah input"])
        #expect(back.status == 0, "\(back.stderr)")
        let steps = try history(sandbox, id)
        #expect(steps.map { $0["stage"] as? String } == ["initiative", "trial", "implementation", "trial"])
        #expect(steps.last?["note"] as? String == "salah input")
        #expect(steps.last?["by"] as? String == CLISandbox.userName())

        #expect(try sandbox.run(["innovation", "stop", id, "--reason", "Anggaran habis"]).status == 0)
        #expect(try item(sandbox, id)["active"] as? Bool == false)
        before = try fingerprint(sandbox, [id])
        let stopped = try sandbox.run(["innovation", "advance", id])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("dihentikan"), "\(stopped.stderr)")
        #expect(try sandbox.run(["innovation", "stop", id, "--reason", "lagi"]).status == 1)
        #expect(try sandbox.run(["innovation", "advance", "99999"]).stderr.contains("99999"))
        #expect(try fingerprint(sandbox, [id]) == before)
    }

    @Test("resume lets a stopped innovation run and advance again, audited; a running one is refused")
    func resume() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox)
        var before = try fingerprint(sandbox, [id])
        let running = try sandbox.run(["innovation", "resume", id, "--lang", "en"])
        #expect(running.status == 1)
        #expect(running.stderr.contains("stoppedOn") || running.stderr.contains("stopped"), "\(running.stderr)")
        #expect(try fingerprint(sandbox, [id]) == before)

        #expect(try sandbox.run(["innovation", "stop", id, "--reason", "Anggaran habis"]).status == 0)
        let resumed = try sandbox.run(["innovation", "resume", id, "--note", "anggaran baru"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("berjalan kembali"), "\(resumed.stdout)")
        #expect(try item(sandbox, id)["active"] as? Bool == true)
        #expect(try sandbox.run(["innovation", "advance", id]).status == 0)
        let trail = try sandbox.run(["history", "--entity", "innovation", "--id", id])
        #expect(trail.stdout.contains("menjalankan kembali inovasi"), "\(trail.stdout)")
        #expect(trail.stdout.contains("anggaran baru"), "\(trail.stdout)")

        #expect(try sandbox.run(["innovation", "stop", id, "--reason", "lagi"]).status == 0)
        #expect(try sandbox.run(["users", "add", "kepala", "--role", "admin"]).status == 0)
        #expect(try sandbox.run(["users", "set-role", CLISandbox.userName(), "reviewer"]).status == 0)
        before = try fingerprint(sandbox, [id])
        let reviewer = try sandbox.run(["innovation", "resume", id])
        #expect(reviewer.status == 1)
        #expect(reviewer.stderr.contains(CLISandbox.userName()), "\(reviewer.stderr)")
        #expect(try fingerprint(sandbox, [id]) == before)
    }

    @Test("a reviewer advances but may not move back, set the main flag, edit or stop")
    func reviewerLimits() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox)
        #expect(try sandbox.run(["users", "add", "kepala", "--role", "admin"]).status == 0)
        #expect(try sandbox.run(["users", "set-role", CLISandbox.userName(), "reviewer"]).status == 0)
        #expect(try sandbox.run(["innovation", "advance", id]).status == 0)
        let before = try fingerprint(sandbox, [id])
        let refused = [
            ["innovation", "stage", id, "inisiatif", "--note", "salah"], ["innovation", "set-main", id],
            ["innovation", "edit", id, "--title", "Lain"], ["innovation", "stop", id, "--reason", "x"],
            Self.add,
        ]
        for arguments in refused {
            let result = try sandbox.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(CLISandbox.userName()), "\(arguments): \(result.stderr)")
        }
        #expect(try fingerprint(sandbox, [id]) == before)
    }

    @Test("set-main makes the OPD's ✓ and the bidang x/y, unset-main takes them away")
    func mainFlags() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        func dinkes() throws -> [String: Any] {
            let agencies = try #require(
                try sandbox.run(["report", "--format", "json"]).json()["agencies"] as? [[String: Any]])
            return try #require(agencies.first { $0["opd"] as? String == "DINKES" })
        }
        let main = try added(sandbox)
        let other = try added(sandbox)
        let ofBidang = try added(sandbox, ["--bidang", "Bidang Pelayanan Kesehatan"])
        #expect(try sandbox.run(["innovation", "set-main", main]).status == 0)
        #expect(try sandbox.run(["innovation", "set-main", ofBidang]).status == 0)
        #expect(try dinkes()["hasMainInnovation"] as? Bool == true)
        let withMain = try #require(try dinkes()["divisionsWithMain"] as? Int)
        #expect(withMain >= 1)
        #expect(try sandbox.run(["innovation", "set-main", other]).status == 0)
        #expect(try item(sandbox, main)["main"] as? Bool == false)
        #expect(try item(sandbox, other)["main"] as? Bool == true)
        #expect(try sandbox.run(["innovation", "unset-main", other]).status == 0)
        #expect(try sandbox.run(["innovation", "unset-main", ofBidang]).status == 0)
        #expect(try dinkes()["hasMainInnovation"] as? Bool == false)
        #expect(try dinkes()["divisionsWithMain"] as? Int == withMain - 1)
    }

    @Test("list answers which innovations reached penerapan in a year, by OPD and stage")
    func listByHistory() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox)
        _ = try sandbox.run(["innovation", "advance", id])
        _ = try sandbox.run(["innovation", "advance", id])
        let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
        func ids(_ arguments: [String]) throws -> [Int] {
            let result = try sandbox.run(["innovation", "list", "--format", "json"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            return try result.jsonArray().compactMap { $0["id"] as? Int }
        }
        let reached = try ids(["--reached", "penerapan", "--year", year])
        #expect(reached.contains(Int(id) ?? 0))
        #expect(try !ids(["--reached", "penerapan", "--year", "2001"]).contains(Int(id) ?? 0))
        #expect(try ids(["--opd", "Dinas Kesehatan", "--stage", "implementation"]).contains(Int(id) ?? 0))
        #expect(try !ids(["--opd", "DINSOS"]).contains(Int(id) ?? 0))
        let csv = try sandbox.run(["innovation", "list", "--opd", "dinkes", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,opd,bidang,title"))
        let yearOnly = try sandbox.run(["innovation", "list", "--year", year])
        #expect(yearOnly.status == 1)
        #expect(yearOnly.stderr.contains("--reached"))
        #expect(try sandbox.run(["innovation", "list", "--reached", "selesai"]).status == 1)
        #expect(try sandbox.run(["innovation", "list", "--opd", "NOPE"]).status == 1)
    }

    @Test("edit changes only the given fields; bad values change nothing")
    func edit() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox, ["--goal", "Lansia tidak antre", "--budget", "5.000.000"])
        let changed = try sandbox.run([
            "innovation", "edit", id, "--title", "Posyandu Digital Plus", "--budget", "Rp 7.500.000",
        ])
        #expect(changed.status == 0, "\(changed.stderr)")
        let item = try item(sandbox, id)
        #expect(item["title"] as? String == "Posyandu Digital Plus")
        #expect(item["budget"] as? Int == 7_500_000)
        #expect(item["affair"] as? String == "kesehatan")
        #expect(item["bidang"] is NSNull, "absent values are null in JSON")
        #expect(item["enactmentKind"] is NSNull)
        let before = try fingerprint(sandbox, [id])
        for arguments in [["--budget", "tujuh juta"], ["--bidang", "Bidang X"], ["--opd", "NOPE"], ["--title", ""]] {
            let refused = try sandbox.run(["innovation", "edit", id] + arguments)
            #expect(refused.status == 1, "\(arguments)")
        }
        #expect(try sandbox.run(["innovation", "edit", "0", "--title", "x"]).status == 1)
        #expect(try fingerprint(sandbox, [id]) == before)
    }
}
