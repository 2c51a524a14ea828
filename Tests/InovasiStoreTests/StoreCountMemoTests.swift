import Foundation
import InovasiCore
import Testing

@testable import InovasiStore

/// The queue count is worked out once per filter and kept until a commit, this process's or
/// another's, changes the data.
@Suite("Store: the queue count is kept while the data stays the same")
struct StoreCountMemoTests {
    let now = Fixture.now

    @Test("the same filter in another order is counted once; a commit here or elsewhere counts again")
    func countKeptUntilTheDataChanges() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let first = try fixture.addProposal("Antar obat lansia", agency: fixture.disdik, daysAgo: 5)
        _ = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 4)
        #expect(try store.queueCount(Store.QueueFilter(), now: now, overdueDays: 14) == 2)
        #expect(try store.queueCount(Store.QueueFilter(sort: .title), now: now, overdueDays: 14) == 2)
        #expect(store.countMemo.computed == 1)

        _ = try store.apply(.withdraw, to: first.id, expectedVersion: first.version, note: "", by: Fixture.admin)
        #expect(try store.queueCount(Store.QueueFilter(), now: now, overdueDays: 14) == 1)
        #expect(store.countMemo.computed == 2)

        let planted = try Worker.run([
            "sql", fixture.path, "UPDATE proposal SET status = 'submitted' WHERE id = \(first.id)",
        ])
        #expect(planted.status == 0, "\(planted.errors)")
        #expect(try store.queueCount(Store.QueueFilter(), now: now, overdueDays: 14) == 2)
        #expect(try store.queueCount(Store.QueueFilter(text: "lansia"), now: now, overdueDays: 14) == 1)
        #expect(store.countMemo.computed == 4)
    }

    @Test("an overdue count follows the clock")
    func overdueFollowsTheClock() throws {
        let fixture = try Fixture()
        _ = try fixture.addProposal("Antar obat lansia", agency: fixture.disdik, daysAgo: 10)
        let overdue = Store.QueueFilter(overdueOnly: true)
        #expect(try fixture.store.queueCount(overdue, now: now, overdueDays: 14) == 0)
        #expect(
            try fixture.store.queueCount(overdue, now: now.addingTimeInterval(10 * Fixture.day), overdueDays: 14) == 1)
    }
}
