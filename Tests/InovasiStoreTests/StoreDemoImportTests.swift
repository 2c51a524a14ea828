import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: importing demo data")
struct StoreDemoImportTests {
    let now = Fixture.now

    func emptyStore() throws -> (TestFolder, Store) {
        let folder = try TestFolder()
        let store = try Store.create(at: folder.path("demo.sqlite"), creator: "admin", now: now)
        return (folder, store)
    }

    @Test func importKeepsIdsHistoryScoresAndAssignees() throws {
        // The folder must outlive the store: it is removed when released.
        let (folder, store) = try emptyStore()
        defer { withExtendedLifetime(folder) {} }
        try store.importDemo(DemoFixture.make(proposals: 12), by: "admin", now: now)
        #expect(try store.check() == [])
        #expect(try store.agencies().map(\.code) == ["DINKES", "KEC-CILEGON", "KEL-KETILENG"])
        #expect(try store.user(named: "admin")?.role == .admin)
        #expect(try store.user(named: "rina")?.role == .reviewer)
        #expect(try store.divisions().map(\.name) == ["Bidang Pelayanan Kesehatan"])
        #expect(try store.sessions(agencyID: 2).map(\.innovationIDs) == [[1]])

        let inReview = try #require(try store.proposal(id: 2))
        #expect(inReview == DemoFixture.proposal(1, broken: false).proposal)
        #expect(try store.assignee(proposalID: 2) == "rina")
        #expect(try store.scores(proposalID: 2) == [Fixture.score(2, by: "rina")])
        #expect(
            try store.auditLog(entity: "proposal", id: 4).map(\.action) == [
                "proposal.add", "proposal.take", "proposal.reject",
            ])
        #expect(try store.auditLog(limit: 1).first?.action == "demo.import")

        // Proposals 3, 7 and 11 are approved: 3 comes with the set's innovation 2, the others get
        // their adopted innovation; each has exactly one.
        let approved = try store.queue(Store.QueueFilter(statuses: [.approved]), now: now, overdueDays: 14)
        #expect(Set(approved.map(\.id)) == [3, 7, 11])
        let innovations = try store.innovations()
        #expect(innovations.count == 4)
        #expect(innovations.first { $0.proposalID == 3 }?.id == 2)
        for row in approved {
            #expect(innovations.filter { $0.proposalID == row.id }.count == 1)
        }
        #expect(try store.queueCount(Store.QueueFilter(), now: now, overdueDays: 14) == 6)
    }

    @Test func importRefusesANonEmptyStoreAndNonAdmins() throws {
        // The folder must outlive the store: it is removed when released.
        let (folder, store) = try emptyStore()
        defer { withExtendedLifetime(folder) {} }
        try store.addUser(User(name: "rina", role: .reviewer), by: "admin")
        #expect(throws: StoreError.permissionDenied(user: "rina", role: .reviewer, action: "demo.import")) {
            try store.importDemo(DemoFixture.make(proposals: 4), by: "rina")
        }
        _ = try store.addAgency(Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas), by: "admin")
        #expect(throws: StoreError.validation(ValidationError(field: "store", reason: .invalid))) {
            try store.importDemo(DemoFixture.make(proposals: 4), by: "admin")
        }
        #expect(try store.agencies().count == 1)
    }

    @Test func aBrokenRowLeavesNothingImported() throws {
        // The folder must outlive the store: it is removed when released.
        let (folder, store) = try emptyStore()
        defer { withExtendedLifetime(folder) {} }
        let logBefore = try store.auditLog(limit: 100)
        let outOfRange = ValidationError(field: "score.renewal", reason: .outOfRange(min: 1, max: 5, got: 9))
        #expect(throws: StoreError.validation(outOfRange)) {
            try store.importDemo(DemoFixture.make(proposals: 50, brokenAt: 40), by: "admin")
        }
        #expect(try store.agencies() == [])
        #expect(try store.users().map(\.name) == ["admin"])
        #expect(try store.innovations() == [])
        #expect(try store.proposal(id: 1) == nil)
        #expect(try store.auditLog(limit: 100) == logBefore)
        try store.importDemo(DemoFixture.make(proposals: 50), by: "admin")
        #expect(try store.proposal(id: 50)?.title == "Usulan 50")
    }

    @Test func tenThousandProposalsImportInOneGo() throws {
        // The folder must outlive the store: it is removed when released.
        let (folder, store) = try emptyStore()
        defer { withExtendedLifetime(folder) {} }
        try store.importDemo(DemoFixture.make(proposals: 10_000), by: "admin", now: now)
        let all = Store.QueueFilter(statuses: Set(ProposalStatus.allCases))
        #expect(try store.queueCount(all, now: now, overdueDays: 14) == 10_000)
        let progress = try store.progress(now: now, overdueDays: 14)
        let total = progress.reduce(0) { $0 + $1.proposalsByStatus.values.reduce(0, +) }
        #expect(total == 10_000)
        #expect(progress.reduce(0) { $0 + $1.waiting } == 5_000)
        #expect(try store.queue(Store.QueueFilter(), now: now, overdueDays: 14, offset: 4_990, limit: 20).count == 10)
        #expect(try store.check() == [])
    }
}
