import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Schema version 10: the IID evidence table. A version 9 file gains it empty.
@Suite("Store: upgrading a version 9 file to version 10")
struct StoreSchemaV10Tests {
    /// Undoes what v10 added. Downgrades to older versions start with it.
    static let undoVersion10 = """
        DROP TABLE iid_evidence;
        DELETE FROM grdb_migrations WHERE identifier = 'v10';

        """

    static let toVersion9 =
        undoVersion10 + """
            UPDATE meta SET value = '9' WHERE key = 'schema_version';
            PRAGMA user_version = 9;

            """

    @Test func aVersionNineFileGainsAnEmptyEvidenceTable() throws {
        let fixture = try Fixture()
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion9])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.check() == [])
        #expect(try upgraded.iidEvidence(year: 2026, innovationID: nil) == [])
        let rules = IIDRules(year: 2026, spd: [IIDIndicator(number: "1", name: "Visi", weight: 1)])
        let entered = try upgraded.setIIDEvidence(
            IIDEvidence(year: 2026, innovationID: nil, indicator: "1", level: 2, document: "rpjmd.pdf"), rules: rules,
            by: Fixture.admin, now: Fixture.now)
        #expect(try upgraded.iidEvidence(year: 2026, innovationID: nil) == [entered])
    }
}
