import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: a city's structure and the v4 upgrade")
struct StoreCitySetupTests {
    @Test func cilegonIs28AgenciesWith8KecamatanAnd43KelurahanAndTheirBidang() throws {
        let folder = try TestFolder()
        let store = try Store.create(at: folder.path("inovasi.sqlite"), creator: Fixture.admin, now: Fixture.now)
        try store.setUpCity(.cilegon, by: Fixture.admin, now: Fixture.now)
        let agencies = try store.agencies()
        let districts = agencies.filter { $0.kind == .kecamatan }
        let villages = agencies.filter { $0.kind == .kelurahan }
        let opds = agencies.filter { $0.kind != .kecamatan && $0.kind != .kelurahan }
        #expect(opds.count == 28)
        #expect(districts.count == 8)
        #expect(villages.count == 43)
        #expect(villages.allSatisfy { village in districts.contains { $0.id == village.parentID } })
        #expect(agencies.allSatisfy { $0.isActive && !$0.shortName.isEmpty })

        let divisions = Dictionary(grouping: try store.divisions(), by: \.agencyID)
        #expect(opds.allSatisfy { (divisions[$0.id]?.count ?? 0) >= 3 })
        #expect(districts.allSatisfy { divisions[$0.id]?.count == CityStructureCounts.districtSections })
        #expect(villages.allSatisfy { divisions[$0.id]?.count == CityStructureCounts.villageSections })
        let dinkes = try #require(try store.agency(code: "DINKES"))
        #expect(divisions[dinkes.id]?.map(\.name).contains("Bidang Pelayanan Kesehatan") == true)

        #expect(try store.innovations().isEmpty)
        #expect(try store.users().map(\.name) == [Fixture.admin])
        #expect(try store.auditLog(limit: 10).first?.action == "city.setup")
        #expect(try store.check() == [])
        #expect(try store.progress(now: Fixture.now, overdueDays: 14).count == 79)
    }

    @Test func everyCilegonNameFindsItsOwnAgency() throws {
        let folder = try TestFolder()
        let store = try Store.create(at: folder.path("inovasi.sqlite"), creator: Fixture.admin, now: Fixture.now)
        try store.setUpCity(.cilegon, by: Fixture.admin, now: Fixture.now)
        let lookup = try store.agencyLookup()
        for agency in try store.agencies() {
            for text in [agency.code, agency.name, agency.shortName] {
                #expect(lookup.agency(named: text)?.id == agency.id, "\(text)")
            }
        }
        #expect(lookup.agency(named: "Dinkes")?.code == "DINKES")
        #expect(lookup.agency(named: "kel kotabumi")?.code == "KEL-KOTABUMI")
        #expect(lookup.agency(named: "Kec. Cibeber")?.code == "KEC-CIBEBER")
        #expect(lookup.agency(named: "Satpol PP")?.code == "SATPOLPP")
    }

    @Test func aStoreThatHoldsAgenciesIsNotSetUpAgain() throws {
        let fixture = try Fixture()
        let before = try fixture.store.agencies()
        #expect(throws: StoreError.validation(ValidationError(field: "store", reason: .invalid))) {
            try fixture.store.setUpCity(.cilegon, by: Fixture.admin)
        }
        #expect(try fixture.store.agencies() == before)
    }

    @Test func theDemoWritesShortNamesAndEveryAgencyIsActive() throws {
        let folder = try TestFolder()
        let store = try Store.create(at: folder.path("inovasi.sqlite"), creator: Fixture.admin, now: Fixture.now)
        let data = DemoGenerator.make(scale: .city, seed: 7, now: Fixture.now, proposalCount: 40)
        try store.importDemo(data, by: Fixture.admin, now: Fixture.now)
        let agencies = try store.agencies()
        #expect(agencies.count == 79)
        #expect(agencies.allSatisfy { $0.isActive && !$0.shortName.isEmpty })
        #expect(try store.agency(named: "Disdukcapil")?.code == "DISDUKCAPIL")
        #expect(try store.agency(named: "Kel. Kotabumi")?.code == "KEL-KOTABUMI")
    }

    /// Undoes what v4 added (short names, the active flag, aliases).
    static let undoVersion4 = """
        DROP TABLE agency_alias;
        ALTER TABLE agency DROP COLUMN short_name;
        ALTER TABLE agency DROP COLUMN active;
        DELETE FROM grdb_migrations WHERE identifier = 'v4';

        """

    /// Turns a current store back into what a version 3 build wrote.
    static let downgrade = StoreSchemaV5Tests.toVersion3

    @Test func aVersionThreeFileIsUpgradedWithActiveAgenciesAndNoShortNames() throws {
        let fixture = try Fixture()
        let path = fixture.path
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        let planted = try Worker.run(["sql", path, Self.downgrade])
        #expect(planted.status == 0, "\(planted.errors)")

        let readOnly = try #require(throws: StoreError.self) { try Store.open(at: path, mode: .readOnly) }
        #expect(readOnly.message(.en).contains("needs an upgrade"))

        let upgraded = try Store.open(at: path)
        #expect(try upgraded.check() == [])
        let agencies = try upgraded.agencies()
        #expect(agencies.count == 5)
        #expect(agencies.allSatisfy { $0.isActive && $0.shortName.isEmpty })
        #expect(try upgraded.proposal(id: proposal.id)?.agencyID == fixture.disdik.id)
        var disdik = fixture.disdik
        disdik.shortName = "Dindikbud"
        _ = try upgraded.editAgency(disdik, by: Fixture.admin)
        _ = try upgraded.addAgencyAlias("Disdik", to: disdik.id, by: Fixture.admin)
        #expect(try upgraded.agency(named: "disdik")?.id == disdik.id)
        #expect(try upgraded.agency(named: "DINDIKBUD")?.id == disdik.id)
    }
}

/// The seksi counts the catalogue gives every kecamatan and kelurahan.
enum CityStructureCounts {
    static let districtSections = 6
    static let villageSections = 3
}
