import Foundation
import InovasiCore
import Testing

@Suite("OverdueRule")
struct OverdueRuleTests {
    static let now = Date(timeIntervalSince1970: 1_796_612_400)

    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    @Test("a waiting proposal is overdue from overdueDays + 1 whole days on, exactly at the cutoff")
    func waitingBoundary() {
        let rule = OverdueRule(now: Self.now, overdueDays: 14)
        #expect(rule.cutoff == Self.daysAgo(15))
        for status in ProposalStatus.waiting {
            #expect(!rule.isOverdue(status: status, submittedAt: Self.daysAgo(14.99)))
            #expect(rule.isOverdue(status: status, submittedAt: Self.daysAgo(15)))
            #expect(rule.isOverdue(status: status, submittedAt: Self.daysAgo(400)))
        }
    }

    @Test("a proposal that is not waiting is never overdue, however old")
    func decidedNeverOverdue() {
        let rule = OverdueRule(now: Self.now, overdueDays: 0)
        for status in ProposalStatus.allCases where !status.isWaiting {
            #expect(!rule.isOverdue(status: status, submittedAt: Self.daysAgo(1_000)))
        }
        #expect(ProposalStatus.waiting == [.submitted, .inReview])
    }

    @Test("ages are whole days, never negative, and agree with Proposal")
    func ages() {
        let rule = OverdueRule(now: Self.now, overdueDays: 14)
        #expect(rule.ageInDays(submittedAt: Self.daysAgo(15.9)) == 15)
        #expect(rule.ageInDays(submittedAt: Self.now.addingTimeInterval(3_600)) == 0)
        for days in [0.0, 13.5, 14.0, 14.999, 15.0, 15.001, 90] {
            for status in ProposalStatus.allCases {
                let proposal = Proposal(
                    title: "x", agencyID: 1, initiatorKind: .agency, initiatorName: "x", form: .publicService,
                    kind: .digital, affair: "x", design: "", goal: "", benefit: "", expectedResult: "", budget: 0,
                    submittedAt: Self.daysAgo(days), status: status)
                let byAge = status.isWaiting && proposal.ageInDays(now: Self.now) > 14
                #expect(proposal.isOverdue(now: Self.now, overdueDays: 14) == byAge, "\(days) \(status)")
            }
        }
    }
}
