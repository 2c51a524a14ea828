import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Schema versions 2 and 3 add the review queue's indexes, version 4 the OPDs' short names, state
/// and aliases; a version 1 file is upgraded on its first read-write open and keeps every row.
@Suite("Store: upgrading a version 1 file")
struct StoreSchemaUpgradeTests {
    /// Turns a current store back into what a version 1 build wrote.
    static let downgrade =
        StoreSchemaV5Tests.toVersion3 + """
            DROP INDEX proposal_queue_age; DROP INDEX proposal_status_title; DROP INDEX review_score_values;
            DROP INDEX proposal_waiting;
            CREATE INDEX proposal_submitted ON proposal(submitted_at, id);
            DELETE FROM grdb_migrations WHERE identifier IN ('v2', 'v3');
            UPDATE meta SET value = '1' WHERE key = 'schema_version';
            PRAGMA user_version = 1;
            """

    @Test func aVersionOneFileIsUpgradedOnItsFirstReadWriteOpen() throws {
        let fixture = try Fixture()
        let path = fixture.path
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        let planted = try Worker.run(["sql", path, Self.downgrade])
        #expect(planted.status == 0, "\(planted.errors)")

        let readOnly = try #require(throws: StoreError.self) { try Store.open(at: path, mode: .readOnly) }
        #expect(readOnly.message(.en).contains("needs an upgrade"))

        let upgraded = try Store.open(at: path)
        #expect(try upgraded.check() == [])
        let rows = try upgraded.queue(Store.QueueFilter(sort: .score), now: Fixture.now, overdueDays: 14)
        #expect(rows.map(\.id) == [proposal.id])
        #expect(try upgraded.auditLog(entity: "proposal", id: proposal.id).count == 1)
        #expect(
            try Store.open(at: path, mode: .readOnly).queueCount(Store.QueueFilter(), now: Fixture.now, overdueDays: 14)
                == 1)
    }
}
