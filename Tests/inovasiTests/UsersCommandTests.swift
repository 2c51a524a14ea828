import Foundation
import Testing

@Suite("inovasi users")
struct UsersCommandTests {
    func names(_ sandbox: CLISandbox) throws -> [String: String] {
        let result = try sandbox.run(["users", "list", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try result.jsonArray()
        return Dictionary(rows.map { ($0["name"] as? String ?? "", $0["role"] as? String ?? "") }) { a, _ in a }
    }

    @Test("an admin adds users, lists them and changes roles")
    func adminManagesUsers() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let added = try sandbox.run(["users", "add", "siti", "--role", "reviewer", "--display-name", "Siti Aminah"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("siti"))
        #expect(added.stdout.contains("Penilai"))
        #expect(try names(sandbox)["siti"] == "reviewer")

        let changed = try sandbox.run(["users", "set-role", "siti", "supervisor", "--lang", "en"])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("Supervisor"))
        #expect(try names(sandbox)["siti"] == "supervisor")

        let table = try sandbox.run(["users", "list"])
        #expect(table.stdout.contains("Siti Aminah"))
        #expect(table.stdout.contains("Pimpinan"))
    }

    @Test("a user who is no longer admin is refused with exit status 1 and nothing changes")
    func nonAdminRefused() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let me = CLISandbox.userName()
        #expect(try sandbox.run(["users", "add", "budi", "--role", "admin"]).status == 0)
        let demoted = try sandbox.run(["users", "set-role", me, "viewer"])
        #expect(demoted.status == 0, "\(demoted.stderr)")

        let refused = try sandbox.run(["users", "add", "eko", "--role", "viewer"])
        #expect(refused.status == 1)
        #expect(!refused.stderr.isEmpty)
        #expect(refused.stderr.contains(me))
        let promote = try sandbox.run(["users", "set-role", me, "admin"])
        #expect(promote.status == 1)
        let users = try names(sandbox)
        #expect(users["eko"] == nil)
        #expect(users[me] == "viewer")
    }

    @Test("bad names, roles and OPD codes are refused before the store changes")
    func badInput() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let role = try sandbox.run(["users", "add", "wati", "--role", "boss"])
        #expect(role.status == 1)
        #expect(role.stderr.contains("boss"))
        let name = try sandbox.run(["users", "add", "Wati Ayu;rm", "--role", "viewer"])
        #expect(name.status == 1)
        let opd = try sandbox.run(["users", "add", "wati", "--role", "viewer", "--opd", "NOPE"])
        #expect(opd.status == 1)
        #expect(opd.stderr.contains("NOPE"))
        #expect(try names(sandbox)["wati"] == nil)
        let missing = try sandbox.run(["users", "set-role", "nobody", "viewer"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nobody"))
    }

    @Test("a user can belong to an OPD by code")
    func withAgency() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let report = try sandbox.run(["report", "--format", "json"]).json()
        let code = try #require((report["agencies"] as? [[String: Any]])?.first?["opd"] as? String)
        let added = try sandbox.run(["users", "add", "rina", "--role", "reviewer", "--opd", code.lowercased()])
        #expect(added.status == 0, "\(added.stderr)")
        let rows = try sandbox.run(["users", "list", "--format", "json"]).jsonArray()
        #expect(rows.first { $0["name"] as? String == "rina" }?["opd"] as? String == code)
    }

    @Test("text from the data reaches the terminal table cleaned, and JSON unchanged")
    func sanitised() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let added = try sandbox.run(["users", "add", "zed", "--role", "viewer", "--display-name", "Zed\u{1B}[2J\u{7}"])
        #expect(added.status == 0, "\(added.stderr)")
        let table = try sandbox.run(["users", "list"])
        #expect(!table.stdout.contains("\u{1B}"))
        #expect(!table.stdout.contains("\u{7}"))
        #expect(table.stdout.contains("Zed␛[2J␇"))
        let rows = try sandbox.run(["users", "list", "--format", "json"]).jsonArray()
        #expect(rows.first { $0["name"] as? String == "zed" }?["displayName"] as? String == "Zed\u{1B}[2J\u{7}")
        let refused = try sandbox.run(["queue", "--opd", "\u{1B}[31mX"])
        #expect(refused.status != 0)
        #expect(!refused.stderr.contains("\u{1B}"))
    }
}
