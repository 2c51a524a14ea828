import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: users and roles")
struct StoreUserTests {
    @Test func theCreatorIsAdminAndOnlyAdminsAddUsers() throws {
        let fixture = try Fixture()
        #expect(try fixture.store.user(named: Fixture.admin)?.role == .admin)
        #expect(try fixture.store.users().map(\.name) == ["admin", "budi", "rina", "sari", "vera"])
        for actor in [Fixture.reviewer, Fixture.supervisor, Fixture.viewer] {
            let role = try #require(try fixture.store.user(named: actor)?.role)
            #expect(throws: StoreError.permissionDenied(user: actor, role: role, action: "user.add")) {
                try fixture.store.addUser(User(name: "eko", role: .admin), by: actor)
            }
        }
        #expect(try fixture.store.user(named: "eko") == nil)
        #expect(throws: StoreError.duplicateUser(name: Fixture.reviewer)) {
            try fixture.store.addUser(User(name: Fixture.reviewer, role: .viewer), by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "name", reason: .invalid))) {
            try fixture.store.addUser(User(name: "eko santoso", role: .viewer), by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "agencyID", reason: .unknownReference))) {
            try fixture.store.addUser(User(name: "eko", role: .viewer, agencyID: 404), by: Fixture.admin)
        }
        let eko = User(name: "eko", role: .reviewer, agencyID: fixture.disdik.id, displayName: "Eko Santoso")
        try fixture.store.addUser(eko, by: Fixture.admin)
        #expect(try fixture.store.user(named: "eko") == eko)
    }

    @Test func rolesChangeOnlyByAdminsAndTheLastAdminStays() throws {
        let fixture = try Fixture()
        #expect(throws: StoreError.permissionDenied(user: Fixture.reviewer, role: .reviewer, action: "user.setRole")) {
            try fixture.store.setRole(of: Fixture.reviewer, to: .admin, by: Fixture.reviewer)
        }
        #expect(throws: StoreError.unknownUser(name: "tamu")) {
            try fixture.store.setRole(of: "tamu", to: .viewer, by: Fixture.admin)
        }
        let lastAdmin = try #require(throws: StoreError.self) {
            try fixture.store.setRole(of: Fixture.admin, to: .viewer, by: Fixture.admin)
        }
        #expect(lastAdmin == .lastAdmin(name: Fixture.admin))
        #expect(lastAdmin.message(.id).contains("satu-satunya admin"))
        #expect(lastAdmin.message(.en).contains("\(Fixture.admin) is the only admin"))
        #expect(try fixture.store.user(named: Fixture.admin)?.role == .admin)
        try fixture.store.setRole(of: Fixture.viewer, to: .reviewer, by: Fixture.admin, now: Fixture.now)
        #expect(try fixture.store.user(named: Fixture.viewer)?.role == .reviewer)
        let entry = try #require(try fixture.store.auditLog(limit: 1).first)
        #expect(entry.action == "user.setRole")
        #expect(entry.before?.contains("\"viewer\"") == true)
        #expect(entry.after?.contains("\"reviewer\"") == true)
    }

    @Test func theCurrentUserComesFromTheUidNotTheEnvironment() throws {
        let fake = ProcessInfo.processInfo.environment.merging(["USER": "bukan-saya", "LOGNAME": "bukan-saya"]) { $1 }
        let run = try Worker.run(["whoami"], environment: fake)
        #expect(run.status == 0)
        let named = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(named == Store.currentUserName())
        #expect(named != "bukan-saya")
        let id = Process()
        id.executableURL = URL(fileURLWithPath: "/usr/bin/id")
        id.arguments = ["-un"]
        let output = Pipe()
        id.standardOutput = output
        try id.run()
        id.waitUntilExit()
        let fromID = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(named == fromID.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
