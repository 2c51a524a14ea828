import Foundation
import Testing

@testable import InovasiCore

/// Innovations of the demo as an office keeps them: dated stage histories, IID profiles and main
/// innovations per OPD and per bidang (issue 10, point 7).
@Suite("Demo data: stage histories, profiles, main innovations")
struct DemoInnovationDetailTests {
    let wib = DemoFixtures.wib

    @Test("every innovation's history runs inisiatif → uji coba → penerapan on working days, in order")
    func histories() {
        let data = DemoFixtures.city()
        let steps = Dictionary(grouping: data.stageHistory, by: \.innovationID)
        let reviewers = Set(data.users.filter { $0.role == .reviewer }.map(\.name))
        var problems: [String] = []
        for innovation in data.innovations {
            let history = steps[innovation.id] ?? []
            let expected = Stage.allCases.prefix { $0 <= innovation.stage }
            if history.map(\.stage) != Array(expected) { problems.append("#\(innovation.id) stages") }
            if history.map(\.on) != history.map(\.on).sorted() { problems.append("#\(innovation.id) dates") }
            if history.first?.on != innovation.startedOn { problems.append("#\(innovation.id) start") }
            if history.last?.on != innovation.stageChangedOn { problems.append("#\(innovation.id) last step") }
            if history.contains(where: { !OfficeHours.isWorkingDay(CalendarDay(containing: $0.on, in: wib)) }) {
                problems.append("#\(innovation.id) on a day off")
            }
            if history.contains(where: { $0.on > DemoFixtures.now || !reviewers.contains($0.by ?? "") }) {
                problems.append("#\(innovation.id) after now or by an unknown user")
            }
        }
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(5))")
        #expect(data.innovations.contains { $0.stage == .implementation })
        #expect(data.innovations.contains { $0.stage == .trial })
    }

    @Test("profiles: texts, budget, urusan beririsan, penetapan exactly for those in penerapan, valid")
    func profiles() throws {
        let data = DemoFixtures.city()
        for innovation in data.innovations {
            try innovation.validate()
            #expect(!innovation.profile.design.isEmpty && !innovation.profile.goal.isEmpty, "#\(innovation.id)")
            #expect(innovation.profile.budget > 0)
            #expect(!innovation.profile.sharedAffairs.contains(innovation.affair))
            #expect((innovation.profile.enactment != nil) == (innovation.stage == .implementation))
            if let enactment = innovation.profile.enactment {
                #expect(enactment.on >= innovation.startedOn && enactment.on <= innovation.stageChangedOn)
                #expect(OfficeHours.isWorkingDay(CalendarDay(containing: enactment.on, in: wib)))
            }
        }
        #expect(data.innovations.contains { !$0.profile.sharedAffairs.isEmpty })
        let years = Set(data.innovations.map { $0.startYear(in: wib) })
        #expect(years.count > 2, "innovations started over several years: \(years.sorted())")
    }

    @Test("at most one main innovation per OPD and per bidang; some OPDs have one and some do not")
    func mainFlags() {
        for seed: UInt64 in [DemoFixtures.seed, 7] {
            let data = DemoFixtures.city(seed: seed)
            let mains = data.innovations.filter(\.isMain)
            let agencyScopes = mains.filter { $0.divisionID == nil }.map(\.agencyID)
            let divisionScopes = mains.compactMap(\.divisionID)
            #expect(Set(agencyScopes).count == agencyScopes.count)
            #expect(Set(divisionScopes).count == divisionScopes.count)
            let opds = data.agencies.filter { $0.kind != .kecamatan && $0.kind != .kelurahan }.map(\.id)
            let withMain = opds.filter(Set(agencyScopes).contains)
            #expect(!withMain.isEmpty && withMain.count < opds.count, "both ✓ and ✗ in the progress pane")
            #expect(!divisionScopes.isEmpty)
        }
    }
}
