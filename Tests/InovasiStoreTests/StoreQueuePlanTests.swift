import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// The waiting queue is read from its own partial index (schema version 3): a page in queue order
/// without sorting, and its count and text filter without reading a proposal row.
@Suite("Store: the waiting queue's index")
struct StoreQueuePlanTests {
    let now = Fixture.now

    /// A store of the national demo, opened afresh as the dashboard opens it: few proposals waiting
    /// among many decided, as in an office that has worked for years, and the import's statistics
    /// loaded, so the planner weighs the indexes as it does at 100 000.
    func nationalStore(_ folder: TestFolder) throws -> Store {
        let path = folder.path("plan.sqlite")
        let data = DemoGenerator.make(scale: .national, seed: 2022, now: now, proposalCount: 1_000)
        try Store.create(at: path, creator: "admin", now: now).importDemo(data, by: "admin", now: now)
        return try Store.open(at: path)
    }

    /// SQLite's plan for `sql` under `filter`'s WHERE clause, one line per step.
    func plan(_ store: Store, _ filter: Store.QueueFilter, _ sql: (QueueQuery) -> String) throws -> [String] {
        let query = QueueQuery(filter, now: now, overdueDays: 14)
        return try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql(query), arguments: query.arguments + [99, 0])
                .map { $0["detail"] as String }
        }
    }

    static func page(_ query: QueueQuery) -> String {
        "SELECT p.id FROM proposal p \(query.whereSQL) ORDER BY \(query.orderSQL) LIMIT ? OFFSET ?"
    }

    static func count(_ query: QueueQuery) -> String {
        "SELECT COUNT(*) FROM proposal p \(query.whereSQL) LIMIT ? OFFSET ?"
    }

    @Test("the waiting queue's page comes in order from the partial index; its counts read indexes only")
    func waitingQueueUsesIndexes() throws {
        let folder = try TestFolder()
        let store = try nationalStore(folder)
        for text in [nil, "sehat"] {
            let page = try plan(store, Store.QueueFilter(text: text), Self.page)
            #expect(page.contains { $0.contains("COVERING INDEX proposal_waiting") }, "\(page)")
            #expect(!page.contains { $0.contains("TEMP B-TREE") }, "\(page)")
            let count = try plan(store, Store.QueueFilter(text: text), Self.count)
            #expect(count.first?.contains("COVERING INDEX") == true, "\(count)")
        }
    }

    @Test("one waiting status alone (in review only) is still answered from the waiting index")
    func oneWaitingStatusUsesTheIndex() throws {
        let folder = try TestFolder()
        let store = try nationalStore(folder)
        for status in [ProposalStatus.inReview, .submitted] {
            let page = try plan(store, Store.QueueFilter(statuses: [status]), Self.page)
            #expect(page.contains { $0.contains("COVERING INDEX proposal_waiting") }, "\(page)")
            let count = try plan(store, Store.QueueFilter(statuses: [status]), Self.count)
            #expect(count.first?.contains("COVERING INDEX") == true, "\(count)")
        }
    }
}

/// A detail names its OPD by id without reading every OPD.
@Suite("Store: one OPD by id")
struct StoreAgencyByIDTests {
    @Test("agency(id:) gives that OPD, with its parent, and nil for an unknown id")
    func agencyByID() throws {
        let fixture = try Fixture()
        #expect(try fixture.store.agency(id: fixture.bulakan.id) == fixture.bulakan)
        #expect(try fixture.store.agency(id: fixture.bulakan.id)?.parentID == fixture.cibeber.id)
        #expect(try fixture.store.agency(id: 9_999) == nil)
    }
}
