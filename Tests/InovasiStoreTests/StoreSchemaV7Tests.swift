import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Schema version 7: the `removal` table of soft delete. A version 5 file gains it empty, so every
/// record it holds stays listed and counted.
@Suite("Store: upgrading a version 5 file to version 7")
struct StoreSchemaV7Tests {
    /// Undoes what v7 added (the removal table). Downgrades to older versions start with it.
    static let undoVersion7 = """
        DROP TABLE removal;
        DELETE FROM grdb_migrations WHERE identifier = 'v7';

        """

    static let toVersion5 =
        StoreSchemaV9Tests.undoVersion9 + StoreSchemaV8Tests.undoVersion8 + undoVersion7
        + StoreSchemaV6Tests.undoVersion6 + """
            UPDATE meta SET value = '5' WHERE key = 'schema_version';
            PRAGMA user_version = 5;

            """

    @Test func aVersionFiveFileKeepsEveryRecordAndCanRemoveOne() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion5])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.check() == [])
        #expect(try upgraded.queueCount(Store.QueueFilter(), now: Fixture.now, overdueDays: 14) == 1)
        #expect(try upgraded.removedRecords().isEmpty)
        try upgraded.remove(.proposal, id: proposal.id, note: "uji", by: Fixture.admin, now: Fixture.now)
        #expect(try upgraded.queueCount(Store.QueueFilter(), now: Fixture.now, overdueDays: 14) == 0)
    }
}
