import Foundation
import InovasiCore
import Testing

@Suite("Demo city: innovations")
struct DemoCityInnovationTests {
    let data = DemoFixtures.city()

    private func agency(_ code: String) -> Agency? { data.agencies.first { $0.code == code } }

    @Test("about 250 innovations with ids 1…n that pass validation and reference real rows")
    func countsAndReferences() throws {
        #expect((240...260).contains(data.innovations.count))
        #expect(data.innovations.map(\.id) == (1...Int64(data.innovations.count)).map { $0 })
        let agencyIDs = Set(data.agencies.map(\.id))
        for innovation in data.innovations {
            try innovation.validate()
            #expect(agencyIDs.contains(innovation.agencyID))
            if let divisionID = innovation.divisionID {
                let division = try #require(data.divisions.first { $0.id == divisionID })
                #expect(division.agencyID == innovation.agencyID, "bidang of another OPD: \(innovation.title)")
            }
            #expect(innovation.startedOn <= DemoFixtures.now && innovation.stageChangedOn <= DemoFixtures.now)
            #expect(!innovation.summary.isEmpty)
        }
    }

    @Test("the real Cilegon innovations are there, with their OPDs")
    func realInnovations() throws {
        let expected = [
            ("Gegana Pedes", "DINKES"), ("I-HATI", "DINKES"), ("SUKET", "KEL-KETILENG"),
            ("Jemput Bola Layanan Lansia", "KEL-KETILENG"), ("Tabung Beras", "KEL-PURWAKARTA"),
            ("Apartemen Lobster", "KEL-PURWAKARTA"), ("Doklin", "SETDA"),
        ]
        for (title, code) in expected {
            let innovation = try #require(data.innovations.first { $0.title.hasPrefix(title) }, "\(title)")
            #expect(innovation.agencyID == agency(code)?.id, "\(title)")
        }
        let gegana = data.innovations.first { $0.title == "Gegana Pedes" }
        let bidang = data.divisions.first { $0.id == gegana?.divisionID }
        #expect(bidang?.name == "Bidang Pelayanan Kesehatan")
    }

    @Test("every stage, bentuk, jenis and inisiator appears; urusan come from the standard list")
    func spread() {
        #expect(Set(data.innovations.map(\.stage)) == Set(Stage.allCases))
        #expect(Set(data.innovations.map(\.form)) == Set(InnovationForm.allCases))
        #expect(Set(data.innovations.map(\.kind)) == Set(InnovationKind.allCases))
        #expect(Set(data.innovations.map(\.initiatorKind)) == Set(InitiatorKind.allCases))
        #expect(data.innovations.allSatisfy { Settings.standardAffairs.contains($0.affair) })
        #expect(Set(data.innovations.map(\.affair)).count >= 20)
        let titles = data.innovations.map(\.title)
        #expect(Set(titles).count * 10 >= titles.count * 9, "titles mostly distinct")
    }

    @Test("most OPDs have a main innovation, some do not, and many bidang do not")
    func mainInnovations() {
        let opds = data.agencies.filter { $0.kind != .kecamatan && $0.kind != .kelurahan }
        let withMain = opds.filter { opd in
            data.innovations.contains { $0.agencyID == opd.id && $0.divisionID == nil && $0.isMain }
        }
        #expect(withMain.count * 3 > opds.count * 2)
        #expect(opds.count - withMain.count >= 3)
        for opd in opds where !withMain.contains(opd) {
            #expect(!data.innovations.contains { $0.agencyID == opd.id && $0.isMain }, "\(opd.code)")
        }
        let bidangWithMain = Set(data.innovations.filter(\.isMain).compactMap(\.divisionID))
        #expect(!bidangWithMain.isEmpty)
        #expect(bidangWithMain.count * 2 < data.divisions.count)
    }

    @Test("19 of 43 kelurahan have an innovation, the real figure of 2023")
    func villages() {
        let villages = data.agencies.filter { $0.kind == .kelurahan }.map(\.id)
        let active = Set(data.innovations.map(\.agencyID)).intersection(villages)
        #expect(active.count == 19)
        #expect(
            data.agencies.filter { $0.kind == .kecamatan }.allSatisfy { district in
                data.innovations.contains { $0.agencyID == district.id }
            })
    }

    @Test("approved proposals became innovations at their approval, linked by proposalID")
    func adopted() throws {
        let approved = data.proposals().filter { $0.proposal.status == .approved }.map(\.proposal)
        #expect(!approved.isEmpty)
        for proposal in approved {
            let innovation = try #require(data.innovations.first { $0.proposalID == proposal.id })
            #expect(innovation.title == proposal.title)
            #expect(innovation.agencyID == proposal.agencyID)
            #expect(innovation.startedOn <= proposal.updatedAt)
        }
        let linked = data.innovations.compactMap(\.proposalID)
        #expect(linked.count == approved.count)
    }
}
