import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

@Suite("Importing OPDs into the store")
struct StoreAgencyImportTests {
    let now = Fixture.now

    /// The content an import may touch: OPDs, bidang and the audit log.
    func content(_ fixture: Fixture) throws -> String {
        let agencies = try fixture.store.agencies().map {
            "\($0.id) \($0.code) \($0.name) \($0.kind) \($0.parentID ?? 0)"
        }
        let divisions = try fixture.store.divisions().map { "\($0.id) \($0.agencyID) \($0.name)" }
        let audit = try fixture.store.auditLog(limit: 100_000).reversed().map { "\($0.id) \($0.action)" }
        return (agencies + divisions + audit).joined(separator: "\n")
    }

    let rows = [
        AgencyImportRow(
            code: "DINSOS", name: "Dinas Sosial", shortName: "Dinsos", kind: .dinas,
            divisions: ["Bidang Rehabilitasi Sosial", "Bidang Perlindungan"]),
        AgencyImportRow(
            code: "KEL-KOTABUMI", name: "Kelurahan Kotabumi", kind: .kelurahan, parentCode: "kec-purwakarta"),
        AgencyImportRow(code: "KEC-PURWAKARTA", name: "Kecamatan Purwakarta", kind: .kecamatan),
        AgencyImportRow(code: "dinkes", name: "Dinas Kesehatan", kind: .dinas, divisions: ["Bidang Yankes"]),
    ]

    @Test("new OPDs, a kelurahan under a kecamatan of the same file and new bidang are written and audited")
    func importsAndAudits() throws {
        let fixture = try Fixture()
        let plan = try fixture.store.importAgencies(rows, source: "/tmp/opd.csv", by: Fixture.admin, now: now)
        #expect(plan.added.map(\.code) == ["DINSOS", "KEL-KOTABUMI", "KEC-PURWAKARTA"])
        #expect(plan.changed.isEmpty)
        #expect(plan.unchanged == 0)
        #expect(plan.divisionsAdded.count == 3)
        let kotabumi = try #require(try fixture.store.agency(code: "kel-kotabumi"))
        let purwakarta = try #require(try fixture.store.agency(code: "KEC-PURWAKARTA"))
        #expect(kotabumi.parentID == purwakarta.id)
        #expect(try fixture.store.divisions(agencyID: fixture.dinkes.id).map(\.name) == ["Bidang Yankes"])
        let audit = try fixture.store.auditLog(limit: 7).map(\.action)
        #expect(audit.first == "import.opds")
        #expect(audit.filter { $0 == "agency.add" }.count == 3)
        #expect(audit.filter { $0 == "division.add" }.count == 3)
        let entry = try fixture.store.auditLog(limit: 1)[0]
        #expect(entry.note == "/tmp/opd.csv")
        #expect(entry.after?.contains("\"agenciesAdded\":3") == true)
    }

    @Test("importing the same rows again changes nothing, not even the audit log")
    func idempotent() throws {
        let fixture = try Fixture()
        try fixture.store.importAgencies(rows, source: "a.csv", by: Fixture.admin, now: now)
        let before = try content(fixture)
        let plan = try fixture.store.planAgencyImport(rows)
        #expect(plan.isEmpty)
        #expect(plan.unchanged == 4)
        let again = try fixture.store.importAgencies(rows, source: "a.csv", by: Fixture.admin, now: now)
        #expect(again.isEmpty)
        #expect(try content(fixture) == before)
    }

    @Test("a changed name or kind is updated with before and after; bidang missing from the file stay")
    func changes() throws {
        let fixture = try Fixture()
        _ = try fixture.store.addDivision(Division(agencyID: fixture.dinkes.id, name: "Bidang Lama"), by: Fixture.admin)
        let row = AgencyImportRow(code: "DINKES", name: "Dinas Kesehatan Kota", kind: .dinas)
        let plan = try fixture.store.importAgencies([row], source: "b.csv", by: Fixture.admin, now: now)
        #expect(plan.changed.map(\.before.name) == ["Dinas Kesehatan"])
        #expect(try fixture.store.agency(code: "DINKES")?.name == "Dinas Kesehatan Kota")
        #expect(try fixture.store.divisions(agencyID: fixture.dinkes.id).map(\.name) == ["Bidang Lama"])
        let edit = try fixture.store.auditLog(entity: "agency", id: fixture.dinkes.id).last
        #expect(edit?.action == "agency.edit")
        #expect(edit?.before?.contains("\"Dinas Kesehatan\"") == true)
        #expect(edit?.after?.contains("\"Dinas Kesehatan Kota\"") == true)
    }

    @Test("a non-admin, or a parent that is not a kecamatan, refuses the whole import; nothing changes")
    func refusedLeavesStoreUnchanged() throws {
        let fixture = try Fixture()
        let before = try content(fixture)
        #expect(throws: StoreError.self) {
            try fixture.store.importAgencies(rows, source: "c.csv", by: Fixture.reviewer, now: now)
        }
        let badParent =
            rows + [AgencyImportRow(code: "KEL-X", name: "Kelurahan X", kind: .kelurahan, parentCode: "DINKES")]
        #expect(throws: StoreError.self) {
            try fixture.store.importAgencies(badParent, source: "c.csv", by: Fixture.admin, now: now)
        }
        let unknownParent = [AgencyImportRow(code: "KEL-Y", name: "Kelurahan Y", kind: .kelurahan, parentCode: "NOPE")]
        #expect(throws: StoreError.self) {
            try fixture.store.importAgencies(unknownParent, source: "c.csv", by: Fixture.admin, now: now)
        }
        #expect(try content(fixture) == before)
    }

    @Test("a short name is written and updated, and one that is another OPD's name is refused with nothing written")
    func shortNames() throws {
        let fixture = try Fixture()
        _ = try fixture.store.importAgencies(rows, source: "/tmp/opd.csv", by: Fixture.admin, now: now)
        #expect(try fixture.store.agency(code: "DINSOS")?.shortName == "Dinsos")
        #expect(try fixture.store.agency(named: "dinsos")?.code == "DINSOS")
        let renamed = [AgencyImportRow(code: "DINSOS", name: "Dinas Sosial", shortName: "Dinas Sos", kind: .dinas)]
        let plan = try fixture.store.importAgencies(renamed, source: "/tmp/opd.csv", by: Fixture.admin, now: now)
        #expect(plan.changed.map(\.row.code) == ["DINSOS"])
        #expect(try fixture.store.agency(code: "DINSOS")?.shortName == "Dinas Sos")
        let before = try content(fixture)
        let clash = [
            AgencyImportRow(code: "DP3A", name: "Dinas Pemberdayaan Perempuan", shortName: "Dinas Sos", kind: .dinas)
        ]
        let refusal = try #require(throws: StoreError.self) {
            try fixture.store.importAgencies(clash, source: "/tmp/opd.csv", by: Fixture.admin, now: now)
        }
        #expect(refusal.message(.en).contains("Dinas Sos"))
        #expect(try content(fixture) == before)
    }
}
