import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Schema version 5: an older file gains the IID profile columns, the stage history filled in
/// from each innovation's record, and at most one main innovation per OPD and per bidang.
@Suite("Store: upgrading a version 3 file to version 5")
struct StoreSchemaV5Tests {
    /// Turns a current store back into what a version 3 build wrote.
    /// Undoes what v5 added (the stage history, the profile columns, the main indexes).
    static let undoVersion5 = """
        DROP INDEX innovation_main_agency; DROP INDEX innovation_main_division;
        DROP TABLE innovation_stage;
        ALTER TABLE innovation DROP COLUMN design; ALTER TABLE innovation DROP COLUMN goal;
        ALTER TABLE innovation DROP COLUMN benefit; ALTER TABLE innovation DROP COLUMN result;
        ALTER TABLE innovation DROP COLUMN budget; ALTER TABLE innovation DROP COLUMN shared_affairs;
        ALTER TABLE innovation DROP COLUMN enactment_kind; ALTER TABLE innovation DROP COLUMN enactment_number;
        ALTER TABLE innovation DROP COLUMN enactment_on; ALTER TABLE innovation DROP COLUMN stopped_on;
        ALTER TABLE innovation DROP COLUMN stop_reason;
        DELETE FROM grdb_migrations WHERE identifier = 'v5';

        """

    /// Turns a current store back into what a version 3 build wrote (v5, then v4, undone).
    static let toVersion3 =
        StoreSchemaV9Tests.undoVersion9 + StoreSchemaV8Tests.undoVersion8 + StoreSchemaV7Tests.undoVersion7
        + StoreSchemaV6Tests.undoVersion6
        + undoVersion5
        + StoreCitySetupTests.undoVersion4
            + """
            UPDATE meta SET value = '3' WHERE key = 'schema_version';
            PRAGMA user_version = 3;

            """

    @Test func aVersionThreeFileGetsItsStageHistoryFromTheRecord() throws {
        let fixture = try Fixture()
        let started = Fixture.now.addingTimeInterval(-400 * Fixture.day)
        let changed = Fixture.now.addingTimeInterval(-100 * Fixture.day)
        var innovation = Fixture.innovation("Gegana Pedes", agency: fixture.dinkes, stage: .implementation)
        innovation.startedOn = started
        innovation.stageChangedOn = changed
        let saved = try fixture.store.addInnovation(innovation, by: Fixture.admin, now: Fixture.now)
        let early = try fixture.store.addInnovation(
            Fixture.innovation("Sekolah Ramah", agency: fixture.disdik, stage: .initiative), by: Fixture.admin,
            now: Fixture.now)
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion3])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.check() == [])
        let history = try upgraded.stageHistory(of: saved.id)
        #expect(history.map(\.stage) == [.initiative, .trial, .implementation])
        #expect(history.first?.on == started)
        #expect(history.last?.on == changed)
        #expect(history.allSatisfy { $0.by == nil })
        let middle = try #require(history.dropFirst().first)
        #expect(middle.on > started && middle.on < changed)
        #expect(try upgraded.stageHistory(of: early.id).map(\.stage) == [.initiative])
        let reloaded = try #require(try upgraded.innovation(id: saved.id))
        #expect(reloaded.profile == InnovationProfile())
        #expect(reloaded.title == "Gegana Pedes")
    }

    @Test func twoMainInnovationsOfOneOPDAreCutToTheFirstWithAnAuditRow() throws {
        let fixture = try Fixture()
        let first = try fixture.store.addInnovation(
            Fixture.innovation("Satu", agency: fixture.dinkes, stage: .trial, isMain: true), by: Fixture.admin,
            now: Fixture.now)
        let second = try fixture.store.addInnovation(
            Fixture.innovation("Dua", agency: fixture.dinkes, stage: .trial), by: Fixture.admin, now: Fixture.now)
        let planted = try Worker.run([
            "sql", fixture.path, Self.toVersion3 + "UPDATE innovation SET is_main = 1 WHERE id = \(second.id);",
        ])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.innovation(id: first.id)?.isMain == true)
        #expect(try upgraded.innovation(id: second.id)?.isMain == false)
        let audit = try upgraded.auditLog(entity: "innovation", id: second.id)
        #expect(audit.last?.action == "innovation.unsetMain")
    }
}
