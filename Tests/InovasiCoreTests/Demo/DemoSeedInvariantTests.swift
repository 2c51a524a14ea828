import Foundation
import InovasiCore
import Testing

/// The promises of the city data hold for any seed, not only for the one the other tests use.
@Suite("Demo city: invariants for any seed")
struct DemoSeedInvariantTests {
    @Test("counts, statuses, overdue, gaps and consistency", arguments: [0, 1, 7, 99, 123_456_789, UInt64.max])
    func invariants(seed: UInt64) throws {
        let data = DemoFixtures.city(seed: seed)
        let proposals = Array(data.proposals())
        #expect(Set(proposals.map(\.proposal.status)) == Set(ProposalStatus.allCases))
        #expect(proposals.filter { $0.proposal.isOverdue(now: DemoFixtures.now, overdueDays: 14) }.count >= 3)
        #expect(proposals.contains { $0.proposal.initiatorKind == .citizen })
        #expect((240...260).contains(data.innovations.count))
        let villages = Set(data.agencies.filter { $0.kind == .kelurahan }.map(\.id))
        #expect(Set(data.innovations.map(\.agencyID)).intersection(villages).count == 19)
        let opds = data.agencies.filter { $0.kind != .kecamatan && $0.kind != .kelurahan }
        let withoutMain = opds.filter { opd in !data.innovations.contains { $0.agencyID == opd.id && $0.isMain } }
        #expect((3...8).contains(withoutMain.count))
        let reviewers = Set(data.users.filter { $0.role == .reviewer }.map(\.name))
        let agencyOf = Dictionary(uniqueKeysWithValues: data.users.map { ($0.name, $0.agencyID) })
        for item in proposals {
            try DemoProposalChecks.checkFields(item.proposal)
            try DemoProposalChecks.checkHistory(item, reviewers: reviewers, now: DemoFixtures.now)
            try DemoProposalChecks.checkReview(item, agencyOf: agencyOf)
        }
        for innovation in data.innovations { try innovation.validate() }
        for session in data.sessions { try session.validate() }
    }
}
