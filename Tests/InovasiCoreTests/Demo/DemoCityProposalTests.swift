import Foundation
import InovasiCore
import Testing

@Suite("Demo city: proposals")
struct DemoCityProposalTests {
    let data = DemoFixtures.city()
    var proposals: [DemoProposal] { Array(data.proposals()) }

    @Test("about 120 proposals with ids 1…n, every status present, several overdue")
    func countsAndStatuses() {
        let all = proposals
        #expect(data.proposalCount == 120 && all.count == 120)
        #expect(all.map(\.proposal.id) == (1...120).map { Int64($0) })
        #expect(Set(all.map(\.proposal.status)) == Set(ProposalStatus.allCases))
        let overdue = all.filter { $0.proposal.isOverdue(now: DemoFixtures.now, overdueDays: 14) }
        #expect(overdue.count >= 3)
        #expect(overdue.contains { $0.proposal.status == .submitted })
        #expect(overdue.contains { $0.proposal.status == .inReview })
        let waiting = all.filter { $0.proposal.status.isWaiting }
        #expect(waiting.count > overdue.count, "some waiting ones are still fresh")
    }

    @Test("every proposal passes validation with all fields filled, budgets in whole thousands")
    func fields() throws {
        for item in proposals { try DemoProposalChecks.checkFields(item.proposal) }
        let all = proposals.map(\.proposal)
        #expect(Set(all.map(\.form)) == Set(InnovationForm.allCases))
        #expect(Set(all.map(\.kind)) == Set(InnovationKind.allCases))
        #expect(all.contains { $0.divisionID != nil })
        #expect(Set(all.map(\.budget)).count > 60)
    }

    @Test("a few come from members of the public, with a name and a contact")
    func citizens() {
        let citizens = proposals.filter { $0.proposal.initiatorKind == .citizen }
        #expect((3...12).contains(citizens.count))
        #expect(Set(proposals.map(\.proposal.initiatorKind)) == Set(InitiatorKind.allCases))
    }

    @Test("status and version agree with a history of proposal.* audit entries")
    func history() throws {
        let reviewers = Set(data.users.filter { $0.role == .reviewer }.map(\.name))
        for item in proposals {
            try DemoProposalChecks.checkHistory(item, reviewers: reviewers, now: DemoFixtures.now)
        }
        let actions = Set(proposals.flatMap(\.history).map(\.action))
        for action in ["submit", "take", "approve", "requestRevision", "reject", "resubmit", "withdraw"] {
            #expect(actions.contains("proposal." + action), "\(action)")
        }
    }

    @Test("in-review and decided proposals have an assignee and scores; nobody scores their own OPD")
    func reviews() throws {
        let agencyOf = Dictionary(uniqueKeysWithValues: data.users.map { ($0.name, $0.agencyID) })
        for item in proposals { try DemoProposalChecks.checkReview(item, agencyOf: agencyOf) }
        let approvedScores = proposals.filter { $0.proposal.status == .approved }.flatMap(\.scores)
        let rejectedScores = proposals.filter { $0.proposal.status == .rejected }.flatMap(\.scores)
        #expect(approvedScores.allSatisfy { ScoringRules.standard.recommendsApproval($0.values) })
        #expect(rejectedScores.allSatisfy { !ScoringRules.standard.recommendsApproval($0.values) })
        #expect(proposals.flatMap(\.scores).contains { !$0.criterionNotes.isEmpty })
    }

    @Test("proposals reference generated agencies, bidang of the same agency, and active kelurahan only")
    func references() throws {
        let byID = Dictionary(uniqueKeysWithValues: data.agencies.map { ($0.id, $0) })
        let withInnovation = Set(data.innovations.map(\.agencyID))
        for item in proposals {
            let agency = try #require(byID[item.proposal.agencyID])
            if agency.kind == .kelurahan { #expect(withInnovation.contains(agency.id)) }
            if let divisionID = item.proposal.divisionID {
                #expect(data.divisions.first { $0.id == divisionID }?.agencyID == agency.id)
            }
        }
    }

    @Test("proposalCount overrides the city default")
    func countOverride() {
        let small = DemoFixtures.city(proposals: 7)
        #expect(small.proposalCount == 7)
        #expect(Array(small.proposals()).map(\.proposal.id) == (1...7).map { Int64($0) })
        #expect(DemoFixtures.city(proposals: 0).proposals().isEmpty)
    }
}
