import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Several processes on one file: the reviewers on one server and the kiosk beside them.
@Suite("Store: several processes on one file")
struct StoreProcessTests {
    /// A store created by the current Unix user, who is then its admin, as the workers see it.
    func makeStore(_ folder: TestFolder) throws -> String {
        let path = folder.path("inovasi.sqlite")
        _ = try Store.create(at: path, creator: Store.currentUserName())
        return path
    }

    @Test func twoProcessesWritingAtOnceLoseNothing() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        let count = 150
        let first = try Worker(["write", path, String(count), "A"])
        let second = try Worker(["write", path, String(count), "B"])
        #expect(first.waitFor("ready"))
        #expect(second.waitFor("ready"))
        #expect(FileManager.default.createFile(atPath: path + ".go", contents: Data()))
        #expect(first.waitFor("done \(count)"))
        #expect(second.waitFor("done \(count)"))
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0, "\(first.errorText())")
        #expect(second.process.terminationStatus == 0, "\(second.errorText())")

        let store = try Store.open(at: path)
        let codes = Set(try store.agencies().map(\.code))
        let expected = Set((1...count).flatMap { ["A-\($0)", "B-\($0)"] })
        #expect(codes == expected)
        let added = try store.auditLog(limit: 10_000).filter { $0.action == "agency.add" }
        #expect(added.count == 2 * count)
        #expect(Set(added.compactMap(\.entityID)).count == 2 * count)
        #expect(try store.check() == [])
    }

    @Test func aWriterKilledMidTransactionLeavesAnIntactStore() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        let admin = Store.currentUserName()
        do {
            let store = try Store.open(at: path)
            try store.addUser(User(name: "rina", role: .reviewer), by: admin)
        }
        let worker = try Worker(["hold", path])
        #expect(worker.waitFor("holding"))
        // The uncommitted transaction has spilled into the log, so recovery must really skip it.
        #expect(try bytes(of: path + "-wal").count > 1_000_000)
        #expect(kill(worker.process.processIdentifier, SIGKILL) == 0)
        worker.process.waitUntilExit()
        #expect(worker.process.terminationReason == .uncaughtSignal)

        let store = try Store.open(at: path)
        #expect(try store.check() == [])
        #expect(try store.user(named: "rina")?.role == .reviewer)
        #expect(try store.agencies() == [])
        #expect(
            try store.queueCount(
                Store.QueueFilter(statuses: Set(ProposalStatus.allCases)), now: Date(), overdueDays: 14) == 0)
        #expect(try !store.auditLog(limit: 100).contains { $0.action == "demo.import" })
        // The store still takes writes after the crash.
        _ = try store.addAgency(Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas), by: admin)
        #expect(try store.agencies().map(\.code) == ["DINKES"])
    }

    @Test func aWriterWaitingTooLongIsToldTheFileIsLockedWhileReadersGoOn() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        let admin = Store.currentUserName()
        let store = try Store.open(at: path, busyTimeout: 0.2)
        let worker = try Worker(["hold", path])
        defer {
            kill(worker.process.processIdentifier, SIGKILL)
            worker.process.waitUntilExit()
        }
        #expect(worker.waitFor("holding"))
        #expect(throws: StoreError.locked(path: path)) {
            try store.addAgency(Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas), by: admin)
        }
        #expect(try store.users().map(\.name) == [admin])
        #expect(try store.auditLog(limit: 5).map(\.action) == ["store.create"])
    }

    @Test func dataVersionChangesWhenAnotherProcessCommits() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        let store = try Store.open(at: path, mode: .readOnly)
        let before = try store.dataVersion()
        #expect(try store.dataVersion() == before)
        #expect(FileManager.default.createFile(atPath: path + ".go", contents: Data()))
        let run = try Worker.run(["write", path, "1", "C"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try store.dataVersion() != before)
        #expect(try store.agency(code: "c-1")?.name == "Dinas C 1")
    }

    @Test func aNewerSchemaWrittenOnlyToTheLogIsStillRefused() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        let holder = try Store.open(at: path)
        let run = try Worker.run(["sql", path, "PRAGMA user_version = \(Store.schemaVersion + 1)"])
        #expect(run.status == 0, "\(run.errors)")
        let before = try bytes(of: path)
        #expect(before[63] == UInt8(Store.schemaVersion), "the header itself still shows the old version")
        #expect(
            throws: StoreError.newerSchema(path: path, found: Store.schemaVersion + 1, supported: Store.schemaVersion)
        ) {
            try Store.open(at: path)
        }
        #expect(try bytes(of: path) == before)
        _ = holder
    }

    @Test func theAuditLogRefusesUpdatesAndDeletes() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        let update = try Worker.run(["sql", path, "UPDATE audit_log SET user = 'someone else'"])
        #expect(update.status != 0)
        #expect(update.errors.contains("append-only"))
        let delete = try Worker.run(["sql", path, "DELETE FROM audit_log"])
        #expect(delete.status != 0)
        let store = try Store.open(at: path)
        #expect(try store.auditLog(limit: 10).map(\.user) == [Store.currentUserName()])
    }
}
