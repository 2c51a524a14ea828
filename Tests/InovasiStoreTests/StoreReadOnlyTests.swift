import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: read-only opening (the kiosk)")
struct StoreReadOnlyTests {
    let now = Fixture.now

    @Test func readOnlyStoreRefusesEveryWriteAndLeavesTheFileUnchanged() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        let proposalID: Int64
        do {
            let store = try Store.create(at: path, creator: "admin", now: now)
            let agency = try store.addAgency(Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas), by: "admin")
            proposalID = try store.addProposal(Fixture.proposal("Antar obat", agency: agency, daysAgo: 3), by: "admin")
                .id
        }
        let before = try bytes(of: path)
        do {
            let kiosk = try Store.open(at: path, mode: .readOnly)
            #expect(kiosk.mode == .readOnly)
            #expect(try kiosk.agencies().map(\.code) == ["DINKES"])
            #expect(try kiosk.proposal(id: proposalID)?.title == "Antar obat")
            let refused = StoreError.readOnly(path: path)
            #expect(throws: refused) {
                try kiosk.addAgency(Agency(code: "DISHUB", name: "Dinas Perhubungan", kind: .dinas), by: "admin")
            }
            #expect(throws: refused) {
                try kiosk.apply(.take, to: proposalID, expectedVersion: 1, note: "", by: "admin")
            }
            #expect(throws: refused) { try kiosk.addUser(User(name: "rina", role: .reviewer), by: "admin") }
            #expect(throws: refused) { try kiosk.setRole(of: "admin", to: .viewer, by: "admin") }
            #expect(throws: refused) { try kiosk.saveScore(Fixture.score(proposalID, by: "admin"), by: "admin") }
            #expect(try kiosk.check() == [])
            #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        }
        #expect(try bytes(of: path) == before)
        // SQLite needs the -shm index (and an empty -wal) to read a WAL file; nothing else appears,
        // and nothing was logged into the -wal.
        #expect(Set(try folder.listing()).isSubset(of: ["inovasi.sqlite", "inovasi.sqlite-shm", "inovasi.sqlite-wal"]))
        #expect((try? bytes(of: path + "-wal").count) ?? 0 == 0)
        let writer = try Store.open(at: path)
        #expect(try writer.proposal(id: proposalID)?.status == .submitted)
        #expect(try writer.auditLog(limit: 10).count == 3)
    }

    @Test func readOnlyStoreFollowsAWriterInTheSameFolder() throws {
        let fixture = try Fixture()
        let kiosk = try Store.open(at: fixture.path, mode: .readOnly)
        let seen = try kiosk.dataVersion()
        let added = try fixture.addProposal("Posyandu digital", agency: fixture.dinkes, daysAgo: 1)
        #expect(try kiosk.dataVersion() != seen)
        #expect(try kiosk.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14).map(\.id) == [added.id])
    }

    @Test func dataVersionAlsoChangesAfterTheStoresOwnWrites() throws {
        let fixture = try Fixture()
        let seen = try fixture.store.dataVersion()
        #expect(try fixture.store.dataVersion() == seen)
        _ = try fixture.store.users()
        #expect(try fixture.store.dataVersion() == seen)
        try fixture.addProposal("Posyandu digital", agency: fixture.dinkes, daysAgo: 1)
        #expect(try fixture.store.dataVersion() != seen)
    }
}
