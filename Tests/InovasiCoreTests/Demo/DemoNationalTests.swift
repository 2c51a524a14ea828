import Foundation
import InovasiCore
import Testing

@Suite("Demo national scale")
struct DemoNationalTests {
    let data = DemoGenerator.make(scale: .national, seed: DemoFixtures.seed, now: DemoFixtures.now)

    @Test("about 500 agencies of mixed kinds with unique codes, Kota Cilegon's first and unchanged")
    func agencies() throws {
        let city = DemoFixtures.city()
        #expect(data.agencies.count == 500)
        #expect(Array(data.agencies.prefix(city.agencies.count)) == city.agencies)
        #expect(Array(data.divisions.prefix(city.divisions.count)) == city.divisions)
        #expect(Set(data.agencies.map { $0.code.uppercased() }).count == 500)
        #expect(data.agencies.map(\.id) == (1...500).map { Int64($0) })
        let others = data.agencies.dropFirst(city.agencies.count)
        #expect(Set(others.map(\.kind)).count >= 5)
        #expect(
            others.contains { $0.name == "Dinas Kesehatan Kabupaten Sleman" || $0.name.hasPrefix("Dinas Kesehatan ") })
        #expect(others.allSatisfy { $0.name.contains("Kabupaten ") || $0.name.contains("Kota ") })
        for agency in data.agencies { try agency.validate() }
        let agencyIDs = Set(data.agencies.map(\.id))
        #expect(data.divisions.allSatisfy { agencyIDs.contains($0.agencyID) })
        #expect(data.divisions.map(\.id) == (1...Int64(data.divisions.count)).map { $0 })
    }

    @Test("about five innovations per agency, valid and referencing real rows")
    func innovations() throws {
        let nationalAgencies = 500 - 79
        let extra = data.innovations.count - 250
        #expect((nationalAgencies * 4...nationalAgencies * 6).contains(extra))
        #expect(data.innovations.map(\.id) == (1...Int64(data.innovations.count)).map { $0 })
        let divisionAgency = Dictionary(uniqueKeysWithValues: data.divisions.map { ($0.id, $0.agencyID) })
        for innovation in data.innovations {
            try innovation.validate()
            #expect((1...500).contains(innovation.agencyID))
            if let divisionID = innovation.divisionID { #expect(divisionAgency[divisionID] == innovation.agencyID) }
            #expect(innovation.proposalID == nil)
        }
    }

    @Test("100 000 proposals by default, made on demand by index")
    func defaultCount() throws {
        #expect(data.proposalCount == 100_000)
        let last = data.proposal(at: 99_999)
        #expect(last.proposal.id == 100_000)
        try DemoProposalChecks.checkFields(last.proposal)
    }

    @Test("proposal i depends only on seed, i and now, not on how many are made")
    func perIndex() {
        let small = DemoGenerator.make(
            scale: .national, seed: DemoFixtures.seed, now: DemoFixtures.now, proposalCount: 1_000)
        for index in [0, 1, 39, 40, 777, 999] { #expect(small.proposal(at: index) == data.proposal(at: index)) }
        let other = DemoGenerator.make(scale: .national, seed: DemoFixtures.seed + 1, now: DemoFixtures.now)
        #expect(other.proposal(at: 5) != data.proposal(at: 5))
    }

    @Test("proposalCount is respected with ids 1…n; a sample passes every check")
    func sample() throws {
        let set = DemoGenerator.make(scale: .national, seed: 5, now: DemoFixtures.now, proposalCount: 1_200)
        let all = Array(set.proposals())
        #expect(all.map(\.proposal.id) == (1...1_200).map { Int64($0) })
        let reviewers = Set(set.users.filter { $0.role == .reviewer }.map(\.name))
        let agencyOf = Dictionary(uniqueKeysWithValues: set.users.map { ($0.name, $0.agencyID) })
        let divisionAgency = Dictionary(uniqueKeysWithValues: set.divisions.map { ($0.id, $0.agencyID) })
        for item in all.prefix(400) {
            try DemoProposalChecks.checkFields(item.proposal)
            try DemoProposalChecks.checkHistory(item, reviewers: reviewers, now: DemoFixtures.now)
            try DemoProposalChecks.checkReview(item, agencyOf: agencyOf)
            #expect((1...500).contains(item.proposal.agencyID))
            if let divisionID = item.proposal.divisionID {
                #expect(divisionAgency[divisionID] == item.proposal.agencyID)
            }
        }
        let statuses = all.map(\.proposal.status)
        let decided = statuses.filter { $0 == .approved || $0 == .rejected || $0 == .withdrawn }.count
        let waiting = statuses.filter(\.isWaiting).count
        #expect(decided * 10 > all.count * 7, "most are decided")
        #expect((all.count / 10...all.count / 4).contains(waiting), "a realistic share waits")
        #expect(all.contains { $0.proposal.isOverdue(now: DemoFixtures.now, overdueDays: 14) })
        #expect(Set(statuses) == Set(ProposalStatus.allCases))
        #expect(Set(all.map(\.proposal.agencyID)).count > 400, "spread over the agencies")
    }

    @Test("text of a few hundred bytes to about 2 KB, varied, never Cilegon's rules for other regions")
    func textSize() {
        let sample = stride(from: 0, to: 100_000, by: 997).map { data.proposal(at: $0).proposal }
        let sizes = sample.map { [$0.title, $0.design, $0.goal, $0.benefit, $0.expectedResult].joined().utf8.count }
        #expect(sizes.allSatisfy { (300...2_600).contains($0) })
        #expect((sizes.min() ?? 0) < 900 && (sizes.max() ?? 0) > 1_500)
        #expect(Set(sample.map(\.design)).count == sample.count)
        for proposal in sample where proposal.agencyID > 79 {
            #expect(!proposal.design.contains("Cilegon"))
        }
    }
}
