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

    static func page(_ query: QueueQuery) -> String { query.pageIDsSQL }

    static func count(_ query: QueueQuery) -> String { query.countSQL + " LIMIT ? OFFSET ?" }

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

/// SQLite 3.40 skips an upper bound that follows an `IN` in an index when it steps instead of
/// seeking (DECISIONS.md): no plan of a queue page or count, nor of the OPD table's overdue count,
/// may use the overdue cutoff as an index bound.
@Suite("Store: the overdue cutoff is never an index bound")
struct StoreOverduePlanTests {
    @Test("no queue plan, for any status set, OPD or text, bounds an index by submitted_at")
    func overdueNeverBoundsAnIndex() throws {
        let folder = try TestFolder()
        let store = try StoreQueuePlanTests().nationalStore(folder)
        let agencies = try store.agencies().map(\.id)
        let statusSets: [Set<ProposalStatus>] =
            [[.submitted, .inReview]] + ProposalStatus.allCases.map { [$0] } + [Set(ProposalStatus.allCases)]
        var plans: [[String]] = []
        for statuses in statusSets {
            for agencyID in [nil] + agencies.prefix(12).map(Optional.some) {
                for text in [nil, "sehat"] {
                    let filter = Store.QueueFilter(
                        statuses: statuses, agencyID: agencyID, text: text, overdueOnly: true)
                    plans.append(try StoreQueuePlanTests().plan(store, filter, StoreQueuePlanTests.page))
                    plans.append(try StoreQueuePlanTests().plan(store, filter, StoreQueuePlanTests.count))
                }
            }
        }
        let bounded = plans.filter { $0.contains { $0.contains("submitted_at<") || $0.contains("submitted_at>") } }
        #expect(bounded.isEmpty, "\(bounded.count) of \(plans.count) plans, e.g. \(bounded.prefix(2))")
    }

    @Test("the KESBANGPOL case: an OPD's overdue count and rows agree with the rule")
    func oneAgencyOverdue() throws {
        let folder = try TestFolder()
        let store = try StoreQueuePropertyTests.cityStore(folder)
        let now = StoreQueuePropertyTests.now
        var disagreeing: [String] = []
        for agency in try store.agencies() {
            let filter = Store.QueueFilter(agencyID: agency.id, overdueOnly: true)
            let rows = try store.queue(filter, now: now, overdueDays: 14, limit: 1_000)
            let count = try store.queueCount(filter, now: now, overdueDays: 14)
            let truth = try store.proposals(agencyID: agency.id).filter { $0.isOverdue(now: now, overdueDays: 14) }
            if rows.count != count || Set(rows.map(\.id)) != Set(truth.map(\.id)) {
                disagreeing.append("\(agency.code): count \(count), rows \(rows.count), rule \(truth.count)")
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing)")
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
