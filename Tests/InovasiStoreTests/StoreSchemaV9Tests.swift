import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Schema version 9: users gain `external`, the members of the tim independen from outside the
/// city's offices. A version 8 file's users all become internal.
@Suite("Store: upgrading a version 8 file to version 9")
struct StoreSchemaV9Tests {
    /// Undoes what v9 added, after what later versions added. Downgrades to older versions start with it.
    static let undoVersion9 =
        StoreSchemaV10Tests.undoVersion10 + """
            ALTER TABLE user DROP COLUMN external;
            DELETE FROM grdb_migrations WHERE identifier = 'v9';

            """

    static let toVersion8 =
        undoVersion9 + """
            UPDATE meta SET value = '8' WHERE key = 'schema_version';
            PRAGMA user_version = 8;

            """

    @Test func aVersionEightFileKeepsItsUsersAsInternalMembers() throws {
        let fixture = try Fixture()
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion8])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.check() == [])
        let users = try upgraded.users()
        #expect(users.contains { $0.name == Fixture.reviewer })
        #expect(users.allSatisfy { !$0.isExternal })
        try upgraded.addUser(User(name: "guru", role: .reviewer, isExternal: true), by: Fixture.admin)
        #expect(try upgraded.user(named: "guru")?.isExternal == true)
    }
}
