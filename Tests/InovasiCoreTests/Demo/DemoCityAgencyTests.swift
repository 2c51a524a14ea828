import Foundation
import InovasiCore
import Testing

@Suite("Demo city: agencies, bidang and users")
struct DemoCityAgencyTests {
    let data = DemoFixtures.city()

    @Test("every OPD of the reference is there with its code and kind; ids are 1…n and codes unique")
    func opds() {
        #expect(data.agencies.map(\.id) == (1...Int64(data.agencies.count)).map { $0 })
        #expect(Set(data.agencies.map { $0.code.uppercased() }).count == data.agencies.count)
        for (code, kind) in DemoFixtures.opdKinds {
            let agency = data.agencies.first { $0.code == code }
            #expect(agency?.kind == kind, "\(code)")
            #expect(agency?.parentID == nil)
        }
        #expect(data.agencies.count == DemoFixtures.opdKinds.count + 8 + 43)
        #expect(data.agencies.first { $0.code == "RSUD" }?.name == "RSUD Kota Cilegon")
    }

    @Test("8 kecamatan and 43 kelurahan exactly as listed, each kelurahan under its kecamatan")
    func districts() throws {
        let districts = data.agencies.filter { $0.kind == .kecamatan }
        let villages = data.agencies.filter { $0.kind == .kelurahan }
        #expect(districts.count == 8)
        #expect(villages.count == 43)
        #expect(Set(districts.map(\.name)) == Set(DemoFixtures.districts.keys.map { "Kecamatan " + $0 }))
        for (district, names) in DemoFixtures.districts {
            let parent = try #require(districts.first { $0.name == "Kecamatan " + district })
            let children = villages.filter { $0.parentID == parent.id }.map(\.name)
            #expect(Set(children) == Set(names.map { "Kelurahan " + $0 }), "\(district)")
        }
    }

    @Test("2–6 bidang per OPD, 3–5 seksi per kecamatan, 0–2 per kelurahan; ids 1…n, real parents")
    func divisions() {
        #expect(data.divisions.map(\.id) == (1...Int64(data.divisions.count)).map { $0 })
        let agencyIDs = Set(data.agencies.map(\.id))
        #expect(data.divisions.allSatisfy { agencyIDs.contains($0.agencyID) })
        for agency in data.agencies {
            let names = data.divisions.filter { $0.agencyID == agency.id }.map(\.name)
            #expect(Set(names).count == names.count)
            switch agency.kind {
            case .kecamatan: #expect((3...5).contains(names.count), "\(agency.code)")
            case .kelurahan: #expect((0...2).contains(names.count), "\(agency.code)")
            default: #expect((2...6).contains(names.count), "\(agency.code)")
            }
        }
        let dinkes = data.agencies.first { $0.code == "DINKES" }?.id
        #expect(data.divisions.contains { $0.agencyID == dinkes && $0.name == "Bidang Pelayanan Kesehatan" })
        #expect(data.divisions.contains { $0.name.hasPrefix("Seksi Pemerintahan") })
    }

    @Test("agencies and bidang pass the domain validators")
    func validation() throws {
        for agency in data.agencies { try agency.validate() }
        #expect(data.divisions.allSatisfy { !$0.name.isEmpty })
    }

    @Test("every user the proposals' history names exists, operators each tied to their own OPD")
    func operators() throws {
        let names = Set(data.users.map(\.name))
        let byName = Dictionary(uniqueKeysWithValues: data.users.map { ($0.name, $0) })
        for item in data.proposals() {
            for entry in item.history {
                #expect(names.contains(entry.user), "\(entry.user) of proposal \(item.proposal.id)")
                if entry.user.hasPrefix("operator.") {
                    #expect(byName[entry.user]?.role == .operator)
                    #expect(byName[entry.user]?.agencyID == item.proposal.agencyID)
                }
            }
            for score in item.scores { #expect(score.round == item.proposal.round) }
        }
        #expect(data.users.contains { $0.role == .operator })
    }

    @Test("6–8 reviewers mostly of Bappedalitbang, 2 supervisors, a viewer and the kiosk")
    func users() throws {
        let reviewers = data.users.filter { $0.role == .reviewer }
        #expect((6...8).contains(reviewers.count))
        #expect(data.users.filter { $0.role == .supervisor }.count == 2)
        let viewers = data.users.filter { $0.role == .viewer }
        #expect(viewers.count == 2)
        #expect(viewers.contains { $0.name == "kiosk" })
        #expect(!data.users.contains { $0.role == .admin })
        let bappeda = try #require(data.agencies.first { $0.code == "BAPPEDALITBANG" }?.id)
        #expect(reviewers.filter { $0.agencyID == bappeda }.count * 2 > reviewers.count)
        #expect(reviewers.contains { $0.agencyID != bappeda })
        let agencyIDs = Set(data.agencies.map(\.id))
        for user in data.users {
            #expect(user.agencyID.map(agencyIDs.contains) == true)
            #expect(!user.displayName.isEmpty)
            #expect(user.name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" })
        }
        #expect(Set(data.users.map(\.name)).count == data.users.count)
    }
}
