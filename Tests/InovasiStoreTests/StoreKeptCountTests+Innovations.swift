import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// The innovation counts kept by the store (``SchemaV11/innovationTable``): every kind of write to
/// an innovation, and the OPD table reading them.
extension StoreKeptCountTests {
    static let innovationTriggers = [
        "innovation_count_insert", "innovation_count_delete", "innovation_count_update", "innovation_count_removed",
        "innovation_count_restored", "innovation_count_removal_changed",
    ]

    /// Every kind of write to an innovation: create, edit (OPD, form, kind), stage moves, stop and
    /// resume, remove and restore, import, and raw SQL for a removal moved and a row deleted.
    /// Calls `step` after each.
    static func exerciseInnovations(_ fixture: Fixture, _ step: (String) throws -> Void) throws {
        let store = fixture.store
        let admin = Fixture.admin
        let first = try store.addInnovation(
            Fixture.innovation("Satu", agency: fixture.dinkes, stage: .initiative), by: admin)
        let second = try store.addInnovation(
            Fixture.innovation("Dua", agency: fixture.disdik, stage: .trial, form: .governance, kind: .nonDigital),
            by: admin)
        let third = try store.addInnovation(Fixture.innovation("Tiga", agency: fixture.setda, stage: .trial), by: admin)
        try step("innovation created")
        var moved = first
        moved.agencyID = fixture.cibeber.id
        moved.form = .otherAffairs
        let edited = try store.editInnovation(moved, by: admin)
        try step("innovation's OPD edited")
        _ = try store.moveStage(of: edited.id, .advance, by: Fixture.reviewer)
        _ = try store.moveStage(of: second.id, .back(to: .initiative), note: "Salah tahap", by: admin)
        try step("stage moved")
        _ = try store.stopInnovation(third.id, reason: "Anggaran habis", on: Fixture.now, by: admin)
        _ = try store.resumeInnovation(third.id, by: admin)
        try step("stop and resume")
        try store.remove(.innovation, id: second.id, note: "ganda", by: admin)
        try store.remove(.innovation, id: third.id, note: "ganda", by: admin)
        try store.restore(.innovation, id: third.id, by: admin)
        try step("innovation removed and restored")
        try store.importInnovations(
            [Fixture.innovation("Impor", agency: fixture.bulakan, stage: .implementation, kind: .nonDigital)],
            source: "inovasi.csv", by: admin)
        try step("innovations imported")
        try sql(
            fixture, "UPDATE removal SET entity_id = ? WHERE entity = 'innovation' AND entity_id = ?",
            [edited.id, second.id])
        try step("an innovation's removal moved")
        try sql(
            fixture,
            """
            DELETE FROM innovation_stage WHERE innovation_id = ?;
            DELETE FROM session_innovation WHERE innovation_id = ?;
            DELETE FROM innovation WHERE id = ?
            """, [third.id, third.id, third.id])
        try step("an innovation row deleted")
    }

    /// Innovations per OPD, stage, form and kind as the OPD table shows them.
    static func innovationFigures(_ store: Store) throws -> [String] {
        try store.progress(now: Fixture.now, overdueDays: 14).map { row in
            "\(row.agency.code) \(row.innovationsByStage) \(row.innovationsByForm) \(row.innovationsByKind)"
        }
    }

    @Test("the OPD table's innovation counts follow every write and equal a recount")
    func innovationCountsFollowEveryWrite() throws {
        let fixture = try Fixture()
        try Self.exerciseInnovations(fixture) { (name: String) throws -> Void in
            let problems = try Self.countProblems(fixture.store)
            #expect(problems == [], "after \(name)")
        }
        let rows = try fixture.store.progress(now: Fixture.now, overdueDays: 14)
        let byCode = Dictionary(uniqueKeysWithValues: rows.map { ($0.agency.code, $0) })
        #expect(byCode[fixture.cibeber.code]?.innovationsByStage == [:], "its removal moved onto it")
        #expect(byCode[fixture.disdik.code]?.innovationsByStage == [.initiative: 1], "moved back, removal moved off")
        #expect(byCode[fixture.disdik.code]?.innovationsByForm == [.governance: 1])
        #expect(byCode[fixture.dinkes.code]?.innovationsByStage == [:], "edited to another OPD")
        #expect(byCode[fixture.setda.code]?.innovationsByStage == [:], "row deleted")
        #expect(byCode[fixture.bulakan.code]?.innovationsByKind == [.nonDigital: 1])
        #expect(byCode[fixture.bulakan.code]?.innovationsByStage == [.implementation: 1])
    }

    @Test(
        "without any one of the innovation triggers the counts drift, and check names it",
        arguments: innovationTriggers)
    func everyInnovationTriggerIsNeeded(_ trigger: String) throws {
        let fixture = try Fixture()
        try Self.sql(fixture, "DROP TRIGGER \(trigger)")
        try Self.exerciseInnovations(fixture) { _ in }
        let problems = try Self.countProblems(fixture.store)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.detail.hasPrefix(SchemaV11.innovationTable) }, "\(problems)")
    }

    @Test("check names a tampered innovation count with its OPD, stage, form, kind and both figures")
    func tamperedInnovationCount() throws {
        let fixture = try Fixture()
        _ = try fixture.store.addInnovation(
            Fixture.innovation("Satu", agency: fixture.dinkes, stage: .trial), by: Fixture.admin)
        try Self.sql(fixture, "UPDATE innovation_count SET n = 5 WHERE agency_id = ?", [fixture.dinkes.id])
        #expect(
            try Self.countProblems(fixture.store) == [
                IntegrityProblem(
                    kind: "keptCount",
                    detail: "innovation_count \(fixture.dinkes.id) trial publicService digital: kept 5, counted 1")
            ])
    }
}
