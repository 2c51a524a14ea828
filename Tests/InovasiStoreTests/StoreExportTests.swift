import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// The generic export of every table and its JSON read back into a new store (issue 10, point 6).
@Suite("Store: export and whole-store import")
struct StoreExportTests {
    /// A fixture whose texts hold what JSON must escape: quotes, backslashes, line breaks, a tab,
    /// control characters, a NUL, U+2028 and a non-BMP character.
    func trickyFixture() throws -> Fixture {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("placeholder", agency: fixture.dinkes, daysAgo: 3)
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE proposal SET title = ?, design = 'a' || char(0) || 'b' WHERE id = ?",
                arguments: ["\"Kutip\" \\ garis\nbaru\tTab \u{1B}[31m \u{2028} 🧪", proposal.id])
        }
        try queue.close()
        return fixture
    }

    @Test("the JSON of an export reads back to the same tables, texts exact")
    func jsonRoundTrip() throws {
        let fixture = try trickyFixture()
        let export = try fixture.store.export(.all, now: Fixture.now)
        #expect(export.tables.last?.name == "audit_log")
        #expect(!export.tables.contains { $0.name == "meta" })
        let data = StoreExportJSON.data(export)
        let read = try StoreExportReader.read(data, path: "x.json", columns: try fixture.store.tableColumns())
        #expect(read == export)
    }

    @Test("importing an export into a new store keeps every table but the audit ids; a second import is refused")
    func importIntoNewStore() throws {
        let fixture = try trickyFixture()
        let export = try fixture.store.export(.all, now: Fixture.now)
        let folder = try TestFolder()
        let target = try Store.create(at: folder.path("baru.sqlite"), creator: "ani", now: Fixture.now)
        try target.importStore(export, source: "x.json", by: "ani", now: Fixture.now)
        let copy = try target.export(.all, now: Fixture.now)
        for table in export.tables where !["audit_log", "user"].contains(table.name) {
            #expect(copy.table(table.name) == table, "\(table.name)")
        }
        #expect(copy.table("user")?.rows.count == (export.table("user")?.rows.count ?? 0) + 1)
        let original = try #require(export.table("audit_log")).rows.map { Array($0.dropFirst()) }
        let imported = try #require(copy.table("audit_log")).rows.map { Array($0.dropFirst()) }
        #expect(Array(imported.dropFirst().dropLast()) == original)
        #expect(try target.dataBeyondInit().isEmpty == false)
        let before = try target.export(.all, now: Fixture.now)
        #expect(throws: StoreError.self) {
            try target.importStore(export, source: "x.json", by: "ani", now: Fixture.now)
        }
        #expect(try target.export(.all, now: Fixture.now) == before)
    }

    @Test("a kind exports only its tables; tables a later schema adds join by prefix")
    func kinds() throws {
        let fixture = try Fixture()
        let proposals = try fixture.store.export(.proposals, now: Fixture.now).tables.map(\.name)
        #expect(proposals == ["proposal", "review_score"])
        #expect(
            try fixture.store.export(.innovations, now: Fixture.now).tables.map(\.name) == [
                "innovation", "innovation_stage",
            ])
        #expect(ExportKind.proposals.contains("review_round") && ExportKind.sessions.contains("session_speaker"))
        #expect(
            ExportKind.sorted(["audit_log", "zeta", "proposal", "agency"]) == [
                "agency", "proposal", "zeta", "audit_log",
            ])
    }
}
