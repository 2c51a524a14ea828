import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: OPDs, bidang, aliases and deactivation")
struct StoreAgencyTests {
    /// Everything an OPD write could touch, to compare before and after a refusal.
    func content(_ store: Store) throws -> String {
        let agencies = try store.agencies().map { "\($0)" }
        let divisions = try store.divisions().map { "\($0)" }
        let aliases = try store.agencyAliases().map { "\($0)" }
        let audit = try store.auditLog(limit: 100_000).count
        return (agencies + divisions + aliases + ["\(audit)"]).joined(separator: "\n")
    }

    @Test func editChangesTheFieldsAndIsAuditedWithBeforeAndAfter() throws {
        let fixture = try Fixture()
        var edited = fixture.dinkes
        edited.shortName = "Dinkes"
        edited.name = "Dinas Kesehatan Kota Cilegon"
        let saved = try fixture.store.editAgency(edited, by: Fixture.admin, now: Fixture.now)
        #expect(saved.shortName == "Dinkes")
        #expect(try fixture.store.agency(id: fixture.dinkes.id)?.name == "Dinas Kesehatan Kota Cilegon")
        let entry = try #require(try fixture.store.auditLog(entity: "agency", id: fixture.dinkes.id).last)
        #expect(entry.action == "agency.edit")
        #expect(entry.before?.contains("\"Dinas Kesehatan\"") == true)
        #expect(entry.after?.contains("Dinkes") == true)
    }

    @Test func badEditsAreRefusedWithTheFieldNamedAndNothingChanges() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let before = try content(store)
        var duplicate = fixture.dinkes
        duplicate.code = "disdikbud"
        #expect(throws: StoreError.alreadyUsed(field: "code", value: "disdikbud", by: "DISDIKBUD")) {
            try store.editAgency(duplicate, by: Fixture.admin)
        }
        var sameName = fixture.dinkes
        sameName.shortName = "Kecamatan Cibeber"
        #expect(throws: StoreError.alreadyUsed(field: "shortName", value: "Kecamatan Cibeber", by: "KEC-CIBEBER")) {
            try store.editAgency(sameName, by: Fixture.admin)
        }
        var spaced = fixture.dinkes
        spaced.code = "DIN KES"
        #expect(throws: StoreError.validation(ValidationError(field: "code", reason: .invalid))) {
            try store.editAgency(spaced, by: Fixture.admin)
        }
        var badParent = fixture.bulakan
        badParent.parentID = fixture.dinkes.id
        #expect(throws: StoreError.validation(ValidationError(field: "parentID", reason: .invalid))) {
            try store.editAgency(badParent, by: Fixture.admin)
        }
        var orphan = fixture.cibeber
        orphan.kind = .badan
        #expect(throws: StoreError.validation(ValidationError(field: "kind", reason: .invalid))) {
            try store.editAgency(orphan, by: Fixture.admin)
        }
        var byViewer = fixture.dinkes
        byViewer.shortName = "Dinkes"
        #expect(throws: StoreError.permissionDenied(user: Fixture.viewer, role: .viewer, action: "agency.edit")) {
            try store.editAgency(byViewer, by: Fixture.viewer)
        }
        #expect(try content(store) == before)
    }

    @Test func aDeactivatedAgencyKeepsItsHistoryAndLeavesTheProgressTable() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 3)
        _ = try store.setAgencyActive(id: fixture.dinkes.id, false, by: Fixture.admin, now: Fixture.now)
        let codes = try store.progress(now: Fixture.now, overdueDays: 14).map(\.agency.code)
        #expect(!codes.contains("DINKES"))
        #expect(codes.contains("DISDIKBUD"))
        #expect(try store.proposal(id: proposal.id)?.agencyID == fixture.dinkes.id)
        #expect(try store.agency(id: fixture.dinkes.id)?.isActive == false)
        #expect(try store.auditLog(entity: "agency", id: fixture.dinkes.id).last?.action == "agency.deactivate")

        _ = try store.setAgencyActive(id: fixture.dinkes.id, true, by: Fixture.admin, now: Fixture.now)
        #expect(try store.progress(now: Fixture.now, overdueDays: 14).map(\.agency.code).contains("DINKES"))
        #expect(try store.auditLog(entity: "agency", id: fixture.dinkes.id).last?.action == "agency.activate")
    }

    @Test func aKecamatanWithActiveKelurahanStaysActive() throws {
        let fixture = try Fixture()
        #expect(throws: StoreError.villagesStillActive(agency: "KEC-CIBEBER", count: 1)) {
            try fixture.store.setAgencyActive(id: fixture.cibeber.id, false, by: Fixture.admin)
        }
        _ = try fixture.store.setAgencyActive(id: fixture.bulakan.id, false, by: Fixture.admin)
        #expect(try fixture.store.setAgencyActive(id: fixture.cibeber.id, false, by: Fixture.admin).isActive == false)
        #expect(throws: StoreError.parentInactive(agency: "KEL-BULAKAN", parent: "KEC-CIBEBER")) {
            try fixture.store.setAgencyActive(id: fixture.bulakan.id, true, by: Fixture.admin)
        }
        let village = Agency(code: "KEL-BARU", name: "Kelurahan Baru", kind: .kelurahan, parentID: fixture.cibeber.id)
        #expect(throws: StoreError.parentInactive(agency: "KEL-BARU", parent: "KEC-CIBEBER")) {
            try fixture.store.addAgency(village, by: Fixture.admin)
        }
    }

    @Test func bidangAreRenamedAndRemovedUnlessInUse() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let used = try store.addDivision(Division(agencyID: fixture.dinkes.id, name: "Bidang P2P"), by: Fixture.admin)
        let spare = try store.addDivision(Division(agencyID: fixture.dinkes.id, name: "Bidang SDK"), by: Fixture.admin)
        _ = try store.addInnovation(
            Fixture.innovation("Posyandu Digital", agency: fixture.dinkes, division: used, stage: .trial),
            by: Fixture.admin)
        #expect(throws: StoreError.alreadyUsed(field: "division", value: "Bidang SDK", by: "DINKES")) {
            try store.addDivision(Division(agencyID: fixture.dinkes.id, name: "bidang sdk"), by: Fixture.admin)
        }
        let before = try content(store)
        #expect(
            throws: StoreError.divisionInUse(agency: "DINKES", division: "Bidang P2P", innovations: 1, proposals: 0)
        ) { try store.removeDivision(id: used.id, by: Fixture.admin) }
        #expect(throws: StoreError.alreadyUsed(field: "division", value: "Bidang SDK", by: "DINKES")) {
            try store.renameDivision(id: used.id, to: "BIDANG SDK", by: Fixture.admin)
        }
        #expect(try content(store) == before)

        let renamed = try store.renameDivision(
            id: used.id, to: "Bidang Pencegahan dan Pengendalian Penyakit", by: Fixture.admin)
        #expect(try store.divisions(agencyID: fixture.dinkes.id).map(\.name).contains(renamed.name))
        try store.removeDivision(id: spare.id, by: Fixture.admin)
        #expect(try store.divisions(agencyID: fixture.dinkes.id).map(\.id) == [used.id])
        let removal = try #require(try store.auditLog(entity: "division", id: spare.id).last)
        #expect(removal.action == "division.remove")
        #expect(removal.before?.contains("Bidang SDK") == true)
    }

    @Test func theLookupFindsAnAgencyByCodeShortNameFullNameAndAlias() throws {
        let fixture = try Fixture()
        let store = fixture.store
        var dinkes = fixture.dinkes
        dinkes.shortName = "Dinkes"
        _ = try store.editAgency(dinkes, by: Fixture.admin)
        var cibeber = fixture.cibeber
        cibeber.shortName = "Kec. Cibeber"
        _ = try store.editAgency(cibeber, by: Fixture.admin)
        _ = try store.addAgencyAlias("Puskesmas Induk", to: fixture.dinkes.id, by: Fixture.admin)

        for text in [
            "Dinkes", "dinkes", "DINKES", " din-kes ", "Dinas Kesehatan", "dinas  kesehatan", "puskesmas induk",
        ] {
            #expect(try store.agency(named: text)?.id == fixture.dinkes.id, "\(text)")
        }
        for text in ["Kec. Cibeber", "kec cibeber", "KEC-CIBEBER", "Kecamatan Cibeber"] {
            #expect(try store.agency(named: text)?.id == fixture.cibeber.id, "\(text)")
        }
        #expect(try store.agency(named: "Dinas Sosial") == nil)
        #expect(try store.agency(named: "...") == nil)
    }

    @Test func anAliasAlreadyNamingAnAgencyIsRefused() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let before = try content(store)
        #expect(throws: StoreError.alreadyUsed(field: "alias", value: "dinas kesehatan", by: "DINKES")) {
            try store.addAgencyAlias("dinas kesehatan", to: fixture.disdik.id, by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "alias", reason: .empty))) {
            try store.addAgencyAlias("  ", to: fixture.disdik.id, by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "agencyID", reason: .unknownReference))) {
            try store.addAgencyAlias("Disdik", to: 999, by: Fixture.admin)
        }
        #expect(throws: StoreError.permissionDenied(user: Fixture.reviewer, role: .reviewer, action: "agency.aliasAdd"))
        {
            try store.addAgencyAlias("Disdik", to: fixture.disdik.id, by: Fixture.reviewer)
        }
        #expect(try content(store) == before)
    }
}
