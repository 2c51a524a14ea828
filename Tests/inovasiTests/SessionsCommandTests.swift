import Foundation
import Testing

/// `inovasi sessions add|edit|cancel|done|show`, `--week` and `--uncovered` on a demo store: what
/// they print, the warnings on standard error, and bad input refused with exit 1 and nothing changed.
@Suite("CLI: sessions kept from the command line")
struct SessionsCommandTests {
    static let all = ["sessions", "--from", "2000-01-01", "--to", "2099-12-31", "--format", "json"]

    static func add(_ extra: [String]) -> [String] {
        [
            "sessions", "add", "--title", "Klinik inovasi kesehatan", "--date", "2030-03-05", "--start", "09:00",
            "--end", "11:30", "--speaker", "Dr. Siti Aminah", "--institution", "LAN RI", "--place", "Aula",
            "--opd", "DINKES",
        ] + extra
    }

    /// The number in "#34 «…»" of a command's confirmation.
    static func id(_ text: String) -> String {
        let after = text.split(separator: "#", maxSplits: 1).last ?? ""
        return String(after.prefix { $0.isNumber })
    }

    @Test("add, edit, show, done: the UID stays and SEQUENCE grows; the week lists it with its OPDs")
    func addEditShow() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let added = try sandbox.run(Self.add(["--data", store, "--lab-stage", "drum-up"]))
        #expect(added.status == 0, "\(added.stderr)")
        let id = Self.id(added.stdout)
        let first = try sandbox.run(["sessions", "show", id, "--data", store, "--format", "json"]).json()
        #expect(first["sequence"] as? Int == 0 && first["labStage"] as? String == "drum-up")
        let uid = try #require(first["uid"] as? String)
        #expect(uid.hasSuffix("@inovasi"))

        let edited = try sandbox.run([
            "sessions", "edit", id, "--data", store, "--end", "12:00", "--opd", "DINKES",
            "--opd", "DINDIKBUD",
        ])
        #expect(edited.status == 0, "\(edited.stderr)")
        let second = try sandbox.run(["sessions", "show", id, "--data", store, "--format", "json"]).json()
        #expect(second["uid"] as? String == uid && second["sequence"] as? Int == 1)
        #expect((second["endsAt"] as? String)?.hasPrefix("2030-03-05T05:00:00") == true, "\(second)")

        let week = try sandbox.run(["sessions", "--week", "2030-W10", "--data", store])
        #expect(week.status == 0 && week.stdout.contains("Klinik inovasi kesehatan"), "\(week)")
        #expect(week.stdout.contains("DINKES"))
        let done = try sandbox.run([
            "sessions", "done", id, "--data", store, "--attended", "DINKES",
            "--follow-up", "Kirim profil",
        ])
        #expect(done.status == 1 && done.stderr.contains("setelah dimulai"), "a session ahead is not done yet")
        let third = try sandbox.run(["sessions", "show", id, "--data", store, "--format", "json"]).json()
        #expect(third["status"] as? String == "scheduled" && third["sequence"] as? Int == 1)
    }

    @Test("done on a session that took place records who attended and the follow-up")
    func doneAfterTheFact() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let added = try sandbox.run(
            [
                "sessions", "add", "--title", "Klinik inovasi kesehatan", "--date", "2024-03-05", "--start", "09:00",
                "--end", "11:30", "--speaker", "Dr. Siti Aminah", "--institution", "LAN RI", "--place", "Aula",
                "--opd", "DINKES", "--yes", "--data", store,
            ])
        #expect(added.status == 0, "\(added.stderr)")
        let id = Self.id(added.stdout)
        let done = try sandbox.run([
            "sessions", "done", id, "--data", store, "--attended", "DINKES", "--follow-up", "Kirim profil",
        ])
        #expect(done.status == 0, "\(done.stderr)")
        let shown = try sandbox.run(["sessions", "show", id, "--data", store, "--format", "json"]).json()
        #expect(shown["status"] as? String == "done" && shown["attended"] as? [String] == ["DINKES"])
    }

    @Test("a clash with the same narasumber is a warning naming the other session; the session is saved")
    func clashWarns() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let first = try sandbox.run(Self.add(["--data", store]))
        #expect(first.status == 0, "\(first.stderr)")
        let second = try sandbox.run(
            Self.add(["--data", store]).map { $0 == "DINKES" ? "BPKPAD" : $0 == "09:00" ? "10:00" : $0 })
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("#\(Self.id(first.stdout))"), "\(second.stderr)")
        #expect(second.stderr.contains("Dr. Siti Aminah"))
    }

    @Test("a holiday, a weekend and the Friday prayer are warned of on standard error")
    func daysOffWarn() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let christmas = try sandbox.run(
            Self.add(["--data", store, "--lang", "en"]).map { $0 == "2030-03-05" ? "2027-12-25" : $0 })
        #expect(christmas.status == 0, "\(christmas.stderr)")
        #expect(christmas.stderr.contains("weekend") && christmas.stderr.contains("national holiday"))
        let friday = try sandbox.run(
            Self.add(["--data", store, "--lang", "en"]).map {
                $0 == "2030-03-05" ? "2030-03-08" : $0 == "11:30" ? "12:00" : $0
            })
        #expect(friday.stderr.contains("Friday prayer"), "\(friday.stderr)")
    }

    @Test(
        "bad input names the option, exits 1 and changes nothing",
        arguments: [
            (["--date", "2030-02-30"], "--date"), (["--end", "08:00"], "--end"), (["--start", "25:00"], "--start"),
            (["--title", " "], "--title"), (["--mode", "online"], "--link"), (["--date", "2020-01-07"], "--yes"),
            (["--opd", "NOSUCH"], "NOSUCH"), (["--innovation", "99999"], "--innovation"),
            (["--lab-stage", "deploy"], "--lab-stage"),
        ])
    func badInput(extra: [String], named: String) throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let before = try sandbox.run(Self.all + ["--data", store]).stdout
        var arguments = Self.add(["--data", store])
        for pair in stride(from: 0, to: extra.count, by: 2) {
            if let index = arguments.firstIndex(of: extra[pair]) {
                arguments[index + 1] = extra[pair + 1]
            } else {
                arguments += [extra[pair], extra[pair + 1]]
            }
        }
        let result = try sandbox.run(arguments)
        #expect(result.status == 1, "\(extra): \(result.stdout)")
        #expect(result.stderr.contains(named), "\(extra): \(result.stderr)")
        #expect(try sandbox.run(Self.all + ["--data", store]).stdout == before)
    }

    @Test("edit, cancel, done and show of an unknown session are refused naming the file")
    func unknownSession() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let before = try sandbox.run(Self.all + ["--data", store]).stdout
        for command in [["edit", "9999", "--title", "X"], ["cancel", "9999"], ["done", "9999"], ["show", "9999"]] {
            let result = try sandbox.run(["sessions"] + command + ["--data", store])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("9999") && result.stderr.contains(store), "\(command): \(result.stderr)")
        }
        #expect(try sandbox.run(Self.all + ["--data", store]).stdout == before)
    }

    @Test("cancel keeps the session, marked cancelled; --uncovered lists OPDs without a main innovation")
    func cancelAndCoverage() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let added = try sandbox.run(Self.add(["--data", store]))
        let id = Self.id(added.stdout)
        let cancelled = try sandbox.run(["sessions", "cancel", id, "--data", store, "--reason", "Hujan"])
        #expect(cancelled.status == 0, "\(cancelled.stderr)")
        let shown = try sandbox.run(["sessions", "show", id, "--data", store, "--format", "json"]).json()
        #expect(shown["status"] as? String == "cancelled" && shown["sequence"] as? Int == 1)
        let uncovered = try sandbox.run([
            "sessions", "--uncovered", "--days", "30", "--data", store, "--format", "json",
        ])
        #expect(uncovered.status == 0, "\(uncovered.stderr)")
        let opds = try #require(try uncovered.json()["opds"] as? [[String: Any]])
        #expect(!opds.isEmpty)
        let bad = try sandbox.run(["sessions", "--uncovered", "--week", "next", "--data", store])
        #expect(bad.status == 1 && bad.stderr.contains("--uncovered"))
        let week = try sandbox.run(["sessions", "--week", "2030-W60", "--data", store])
        #expect(week.status == 1 && week.stderr.contains("2030-W60"))
    }
}
