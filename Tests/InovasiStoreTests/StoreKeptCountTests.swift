import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// Schema version 11: the proposal counts the store keeps through triggers stay equal to a recount
/// whatever writes the rows, and the OPD table and the queue's total read them (issue 14, point 2).
@Suite("Store: counts kept by the store")
struct StoreKeptCountTests {
    static let triggers = [
        "proposal_count_insert", "proposal_count_delete", "proposal_count_update", "proposal_count_removed",
        "proposal_count_restored", "proposal_count_removal_changed",
    ]

    /// The `keptCount` problems `check` finds.
    static func countProblems(_ store: Store) throws -> [IntegrityProblem] {
        try store.check().filter { $0.kind == "keptCount" }
    }

    /// Raw SQL on the fixture's file, as another tool would write it.
    static func sql(_ fixture: Fixture, _ statements: String, _ arguments: StatementArguments = []) throws {
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in try db.execute(sql: statements, arguments: arguments) }
        try queue.close()
    }

    /// Every kind of write: submit, decide, undo, edit (OPD and date), remove, restore, import, and
    /// raw SQL for what no command does (a removal moved to another proposal, a row deleted), then
    /// the same for innovations (``exerciseInnovations(_:_:)``). Checks
    /// the counts after each step unless `checking` is false.
    static func exercise(_ fixture: Fixture, checking: Bool = true) throws {
        let store = fixture.store
        func step(_ name: String) throws {
            if checking { #expect(try countProblems(store) == [], "after \(name)") }
        }
        let old = try fixture.addProposal("Lama", agency: fixture.dinkes, daysAgo: 20)
        let fresh = try fixture.addProposal("Baru", agency: fixture.disdik, daysAgo: 2)
        let gone = try fixture.addProposal("Ganda", agency: fixture.setda, daysAgo: 16)
        let edited = try fixture.addProposal("Diubah", agency: fixture.setda, daysAgo: 5)
        try step("submit")
        let taken = try store.apply(.take, to: old.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        _ = try store.apply(.take, to: fresh.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        try step("take")
        _ = try store.apply(
            .reject, to: old.id, expectedVersion: taken.version, note: "Tidak layak", by: Fixture.reviewer)
        try step("decide")
        _ = try store.undoLast(proposalID: old.id, by: Fixture.reviewer)
        try step("undo")
        try store.remove(.proposal, id: fresh.id, note: "uji", by: Fixture.admin)
        try store.restore(.proposal, id: fresh.id, by: Fixture.admin)
        try store.remove(.proposal, id: gone.id, note: "ganda", by: Fixture.admin)
        try step("remove and restore")
        var moved = try #require(try store.proposal(id: edited.id))
        moved.agencyID = fixture.cibeber.id
        moved.submittedAt = Fixture.now.addingTimeInterval(-30 * Fixture.day)
        _ = try store.editProposal(moved, by: Fixture.admin)
        try step("edit")
        let imported = [
            Fixture.proposal("Impor satu", agency: fixture.bulakan, daysAgo: 40),
            Fixture.proposal("Impor dua", agency: fixture.bulakan, daysAgo: 1),
        ]
        try store.importProposals(
            imported, zone: TimeZone(identifier: "UTC") ?? .current, source: "x.csv", by: Fixture.admin)
        try step("import")
        try sql(
            fixture, "UPDATE removal SET entity_id = ? WHERE entity = 'proposal' AND entity_id = ?", [old.id, gone.id])
        try step("a removal moved")
        try sql(fixture, "DELETE FROM proposal WHERE id = (SELECT MAX(id) FROM proposal)")
        try step("a row deleted")
        try exerciseInnovations(fixture, step)
    }

    @Test("the counts equal a recount after every kind of write")
    func countsFollowEveryWrite() throws {
        let fixture = try Fixture()
        try Self.exercise(fixture)
        #expect(try fixture.store.check() == [])
    }

    @Test("without any one of the triggers the counts drift, and check names it", arguments: triggers)
    func everyTriggerIsNeeded(_ trigger: String) throws {
        let fixture = try Fixture()
        try Self.sql(fixture, "DROP TRIGGER \(trigger)")
        try Self.exercise(fixture, checking: false)
        let problems = try Self.countProblems(fixture.store)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { !$0.detail.hasPrefix(SchemaV11.innovationTable) }, "\(problems)")
    }

    @Test("a store import makes the counts through the triggers; the export leaves them out")
    func storeImport() throws {
        let fixture = try Fixture()
        try Self.exercise(fixture, checking: false)
        let export = try fixture.store.export(.all, now: Fixture.now)
        #expect(!export.tables.contains { $0.name == SchemaV11.countTable || $0.name == SchemaV11.dayTable })
        let folder = try TestFolder()
        let target = try Store.create(at: folder.path("baru.sqlite"), creator: "ani", now: Fixture.now)
        try target.importStore(export, source: "x.json", by: "ani", now: Fixture.now)
        #expect(try target.check() == [])
        #expect(try Self.innovationFigures(target) == (try Self.innovationFigures(fixture.store)))
        let waiting = try target.queueCount(Store.QueueFilter(), now: Fixture.now, overdueDays: 14)
        #expect(waiting == (try fixture.store.queueCount(Store.QueueFilter(), now: Fixture.now, overdueDays: 14)))
        #expect(waiting > 0)
    }

    @Test("check names an OPD's tampered count with both figures")
    func tamperedCount() throws {
        let fixture = try Fixture()
        try fixture.addProposal("Satu", agency: fixture.dinkes, daysAgo: 3)
        try Self.sql(fixture, "UPDATE proposal_count SET n = n + 2 WHERE agency_id = ?", [fixture.dinkes.id])
        #expect(
            try Self.countProblems(fixture.store) == [
                IntegrityProblem(
                    kind: "keptCount", detail: "proposal_count \(fixture.dinkes.id) submitted: kept 3, counted 1")
            ])
        try Self.sql(fixture, "UPDATE waiting_day SET n = 0")
        #expect(try Self.countProblems(fixture.store).count == 2)
    }

    /// Undoes what v11 added. Downgrades to older versions start with it.
    static let undoVersion11 =
        (triggers + innovationTriggers).map { "DROP TRIGGER \($0);\n" }.joined() + """
            DROP TABLE proposal_count; DROP TABLE waiting_day; DROP TABLE innovation_count; DROP INDEX audit_action_at;
            DELETE FROM grdb_migrations WHERE identifier = 'v11';

            """

    /// Turns a current store back into what a version 9 build wrote.
    static let toVersion9 =
        undoVersion11 + StoreSchemaV10Tests.undoVersion10 + """
            UPDATE meta SET value = '9' WHERE key = 'schema_version';
            PRAGMA user_version = 9;
            """

    @Test("a version 9 file gains the counts of its proposals and innovations on its first read-write open")
    func upgradeFillsTheCounts() throws {
        let fixture = try Fixture()
        try Self.exercise(fixture, checking: false)
        let waiting = try fixture.store.queueCount(Store.QueueFilter(), now: Fixture.now, overdueDays: 14)
        let progress = try fixture.store.progress(now: Fixture.now, overdueDays: 14)
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion9])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.check() == [])
        #expect(try upgraded.queueCount(Store.QueueFilter(), now: Fixture.now, overdueDays: 14) == waiting)
        #expect(try upgraded.progress(now: Fixture.now, overdueDays: 14) == progress)
        let (kept, counted) = try DatabaseQueue(path: fixture.path).read { db in
            (
                try Int.fetchOne(db, sql: "SELECT SUM(n) FROM proposal_count"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proposal WHERE \(Removal.notRemoved(.proposal, "id"))")
            )
        }
        #expect(kept == counted)
        #expect(counted == 4, "six added, one deleted, one removed")
    }

    @Test("overdue and the queue's totals from the kept counts equal the proposals listed, around the cutoff's day")
    func overdueAroundTheCutoff() throws {
        let fixture = try Fixture()
        let hour = 1.0 / 24
        // The cutoff is 15 days before now (overdueDays 14): one exactly on it, one an hour before
        // and one an hour after, on the cutoff's own day; others well inside and outside.
        for (index, days) in [15, 15 + hour, 15 - hour, 40, 3, 0.5].enumerated() {
            let agency = index.isMultiple(of: 2) ? fixture.dinkes : fixture.disdik
            try fixture.addProposal("Usulan \(index)", agency: agency, daysAgo: days)
        }
        let store = fixture.store
        let progress = try store.progress(now: Fixture.now, overdueDays: 14)
        for agency in [fixture.dinkes, fixture.disdik, fixture.setda] {
            let overdue = Store.QueueFilter(agencyID: agency.id, overdueOnly: true)
            let listed = try store.queue(overdue, now: Fixture.now, overdueDays: 14, limit: 100).count
            #expect(try store.queueCount(overdue, now: Fixture.now, overdueDays: 14) == listed)
            #expect(progress.first { $0.agency.id == agency.id }?.overdue == listed, "\(agency.code)")
        }
        #expect(progress.map(\.overdue).reduce(0, +) == 3)
        for filter in [
            Store.QueueFilter(), Store.QueueFilter(overdueOnly: true), Store.QueueFilter(statuses: [.inReview]),
            Store.QueueFilter(statuses: Set(ProposalStatus.allCases)), Store.QueueFilter(agencyID: fixture.dinkes.id),
        ] {
            let listed = try store.queue(filter, now: Fixture.now, overdueDays: 14, limit: 100).count
            #expect(try store.queueCount(filter, now: Fixture.now, overdueDays: 14) == listed)
        }
    }
}
