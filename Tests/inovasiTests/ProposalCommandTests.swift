import Foundation
import Testing

/// `inovasi proposal …` on the demo store: each command, its validation (the store unchanged on
/// every refusal, compared whole), the operator's limits, and resubmission rounds.
@Suite("inovasi proposal")
struct ProposalCommandTests {
    static let add = [
        "proposal", "add", "--title", "Antar Obat Lansia", "--opd", "Dinkes", "--form", "pelayanan publik",
        "--kind", "non-digital", "--affair", "kesehatan", "--design", "Obat diantar kader ke rumah lansia.",
        "--goal", "Lansia tidak antre.", "--benefit", "Waktu tunggu berkurang.", "--result", "500 lansia terlayani.",
        "--submitted", "7 Desember 2026",
    ]

    /// The whole store file as the store worker dumps it.
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
        return text
    }

    /// Adds the test's proposal and returns its number.
    func added(_ sandbox: CLISandbox, _ extra: [String] = []) throws -> String {
        let result = try sandbox.run(Self.add + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let number = result.stdout.split(separator: " ").dropFirst().first.map { $0.dropFirst() }
        return try #require(number.map(String.init), "\(result.stdout)")
    }

    func shown(_ sandbox: CLISandbox, _ id: String) throws -> [String: Any] {
        let result = try sandbox.run(["proposal", "show", id, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try result.json()
    }

    func proposal(_ sandbox: CLISandbox, _ id: String) throws -> [String: Any] {
        try #require(try shown(sandbox, id)["proposal"] as? [String: Any])
    }

    /// Refused with exit 1, a message naming each of `naming`, and the file unchanged.
    func expectRefused(_ sandbox: CLISandbox, _ arguments: [String], naming: [String]) throws {
        let before = try content(sandbox)
        let result = try sandbox.run(arguments)
        #expect(result.status == 1, "\(arguments): \(result.stdout) \(result.stderr)")
        for word in naming { #expect(result.stderr.contains(word), "\(arguments): \(result.stderr)") }
        #expect(try content(sandbox) == before, "\(arguments) changed the store")
    }

    @Test("add takes every field, the OPD by short name and every budget form; a new one ends the queue")
    func addEveryField() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        for budget in ["1.250.000", "1250000", "Rp 1.250.000"] {
            let id = try added(
                sandbox,
                [
                    "--budget", budget, "--trial-on", "2027-01-04", "--implementation-on", "4 Mei 2027",
                    "--initiator-kind", "asn", "--initiator", "dr. Ani", "--proposer", "Ani", "--contact", "0812",
                ])
            let stored = try proposal(sandbox, id)
            #expect(stored["budget"] as? Int == 1_250_000)
            #expect(stored["form"] as? String == "publicService")
            #expect(stored["kind"] as? String == "nonDigital")
            #expect(stored["status"] as? String == "submitted")
            #expect(stored["round"] as? Int == 1)
            #expect(stored["initiatorName"] as? String == "dr. Ani")
            #expect(stored["proposerContact"] as? String == "0812")
        }
        let text = try sandbox.run(["proposal", "show", "1"])
        #expect(text.status == 0 && text.stdout.contains("Rp"), "\(text.stdout)")
    }

    @Test("long texts come from a file or standard input")
    func textsFromFiles() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let path = sandbox.path("design.txt")
        try "Baris satu.\nBaris dua.\n".write(toFile: path, atomically: true, encoding: .utf8)
        var arguments = Self.add.filter { $0 != "--design" && $0 != "Obat diantar kader ke rumah lansia." }
        arguments += ["--design-file", path]
        let result = try sandbox.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let id = String(try #require(result.stdout.split(separator: " ").dropFirst().first).dropFirst())
        #expect(try proposal(sandbox, id)["design"] as? String == "Baris satu.\nBaris dua.")
        try Data([0xFF, 0xFE, 0x41]).write(to: URL(fileURLWithPath: path))
        try expectRefused(sandbox, arguments, naming: ["--design-file", "UTF-8"])
        let twice =
            Self.add.filter { $0 != "--goal" && $0 != "Lansia tidak antre." && $0 != "--benefit" }
            .filter { $0 != "Waktu tunggu berkurang." } + ["--goal-file", "-", "--benefit-file", "-"]
        try expectRefused(sandbox, twice, naming: ["-file"])
    }

    @Test("bad input is refused naming the option, and nothing changes")
    func badInput() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox)
        try expectRefused(sandbox, Self.add + ["--budget", "sejuta"], naming: ["--budget", "sejuta"])
        try expectRefused(sandbox, Self.add + ["--budget", "-5"], naming: ["--budget"])
        try expectRefused(
            sandbox, Self.add.map { $0 == "Dinkes" ? "Dinas Entah" : $0 }, naming: ["--opd", "Dinas Entah"])
        try expectRefused(sandbox, Self.add + ["--trial-on", "31 Februari 2027"], naming: ["--trial-on"])
        try expectRefused(sandbox, Array(Self.add.prefix(4)), naming: ["--opd"])
        try expectRefused(sandbox, ["proposal", "edit", id, "--budget", "1,2,3"], naming: ["--budget"])
        try expectRefused(sandbox, ["proposal", "edit", "99999", "--title", "x"], naming: ["99999"])
        try expectRefused(sandbox, ["proposal", "edit", id, "--title", ""], naming: ["title"])
        try expectRefused(sandbox, ["proposal", "resubmit", id], naming: ["diajukan ulang"])
        try expectRefused(sandbox, ["proposal", "show", "abc"], naming: ["abc"])
    }

    @Test("edit changes only the fields given, audited before and after")
    func edit() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox)
        let result = try sandbox.run(["proposal", "edit", id, "--budget", "Rp 2.500.000", "--title", "Antar Obat"])
        #expect(result.status == 0, "\(result.stderr)")
        let stored = try proposal(sandbox, id)
        #expect(stored["budget"] as? Int == 2_500_000 && stored["title"] as? String == "Antar Obat")
        #expect(stored["goal"] as? String == "Lansia tidak antre." && stored["version"] as? Int == 2)
        let history = try sandbox.run(["history", "--entity", "proposal", "--id", id, "--format", "json"])
        #expect(history.stdout.contains("2500000") && history.stdout.contains("1250000") == false)
        #expect(try sandbox.run(["proposal", "edit", id, "--budget", "2.500.000"]).stdout.contains("tidak berubah"))
    }

    @Test("an operator adds and edits its own OPD's proposals and nothing else")
    func operatorLimits() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let other = try added(sandbox, ["--opd", "DISHUB"])
        let me = CLISandbox.userName()
        #expect(try sandbox.run(["users", "add", "kepala", "--role", "admin"]).status == 0)
        let role = try sandbox.run(["users", "set-role", me, "operator", "--opd", "Dinkes"])
        #expect(role.status == 0, "\(role.stderr)")
        let own = try added(sandbox)
        #expect(try sandbox.run(["proposal", "edit", own, "--goal", "Tujuan baru"]).status == 0)
        try expectRefused(sandbox, ["proposal", "edit", other, "--goal", "x"], naming: [me, "DINKES", "DISHUB"])
        try expectRefused(sandbox, ["proposal", "withdraw", other], naming: [me])
        try expectRefused(sandbox, Self.add.map { $0 == "Dinkes" ? "DISHUB" : $0 }, naming: ["DISHUB"])
        try expectRefused(sandbox, ["proposal", "edit", own, "--opd", "DISHUB"], naming: ["DISHUB"])
        try expectRefused(sandbox, ["review", "take", own], naming: [me])
        try expectRefused(sandbox, ["innovation", "advance", "1"], naming: [me])
        try expectRefused(sandbox, ["users", "add", "x", "--role", "viewer"], naming: [me])
        #expect(try sandbox.run(["proposal", "withdraw", own]).status == 0)
    }

    @Test("users add refuses an operator without an OPD")
    func operatorNeedsOPD() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        try expectRefused(sandbox, ["users", "add", "op.baru", "--role", "operator"], naming: ["opd"])
        try expectRefused(
            sandbox, ["users", "add", "op.baru", "--role", "operator", "--opd", "Entah"], naming: ["Entah"])
        #expect(try sandbox.run(["users", "add", "op.baru", "--role", "operator", "--opd", "dinkes"]).status == 0)
    }

    @Test("a resubmission opens round 2: both rounds in the history, round 1's scores kept")
    func resubmitRounds() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let id = try added(sandbox)
        let scores = ReviewCriterionArguments.all(2)
        for step in [
            ["review", "take", id], ["review", "score", id] + scores,
            ["review", "revise", id, "--note", "Perjelas manfaat"],
        ] {
            let result = try sandbox.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        #expect(try sandbox.run(["proposal", "edit", id, "--benefit", "Lebih jelas."]).status == 0)
        let resubmitted = try sandbox.run(["proposal", "resubmit", id, "--note", "Sudah diperbaiki"])
        #expect(resubmitted.status == 0, "\(resubmitted.stderr)")
        #expect(resubmitted.stdout.contains("2"))
        for step in [["review", "take", id], ["review", "score", id] + ReviewCriterionArguments.all(5)] {
            let result = try sandbox.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        let document = try shown(sandbox, id)
        let history = try #require(document["history"] as? [String: Any])
        #expect(history["round"] as? Int == 2)
        let rounds = (history["scores"] as? [[String: Any]])?.compactMap { $0["round"] as? Int }
        #expect(rounds == [1, 2])
        #expect(history["meanScore"] as? Double == 5)
        #expect(history["recommendsApproval"] as? Bool == true)
        let text = try sandbox.run(["proposal", "show", id])
        #expect(text.stdout.contains("Putaran 1") && text.stdout.contains("Putaran 2 (sekarang)"), "\(text.stdout)")
        let actions = (history["events"] as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []
        #expect(actions.filter { $0 == "proposal.take" }.count == 2)
        #expect(actions.contains("proposal.resubmit") && actions.contains("proposal.edit"))
    }
}

/// `--renewal 4 --benefit 4 …`: every criterion of `review score` with one value.
enum ReviewCriterionArguments {
    static func all(_ value: Int) -> [String] {
        ["--renewal", "--benefit", "--burden", "--authority", "--replicable"].flatMap {
            [$0, String(value)]
        }
    }
}
