import Foundation
import InovasiCore
import Testing

/// ``ProposalAct``: who may enter, correct, withdraw and resubmit a proposal, and in which statuses;
/// the operator's limits; a resubmission as the next round.
@Suite("ProposalAct: the proposing side's rules")
struct ProposalActTests {
    @Test("an admin may do all, an operator all for its own OPD only, a reviewer only record, others nothing")
    func roles() {
        let dinkes: Int64 = 2
        let admin = User(name: "admin", role: .admin)
        let operatorUser = User(name: "operator.dinkes", role: .operator, agencyID: dinkes)
        let reviewer = User(name: "rina", role: .reviewer)
        for act in ProposalAct.allCases {
            #expect(act.isAllowed(for: admin, agencyID: dinkes) && act.isAllowed(for: admin, agencyID: 9))
            #expect(act.isAllowed(for: operatorUser, agencyID: dinkes))
            #expect(!act.isAllowed(for: operatorUser, agencyID: 9), "\(act) of another OPD")
            #expect(act.isAllowed(for: reviewer, agencyID: dinkes) == (act == .withdraw || act == .resubmit))
            #expect(!act.isAllowed(for: .supervisor) && !act.isAllowed(for: .viewer))
        }
        #expect(!User(name: "op", role: .operator).role.canReview)
        #expect(!Role.operator.canAdminister && Role.operator.needsAgency && !Role.reviewer.needsAgency)
        for act in [ReviewAct.event(.take), .event(.approve), .event(.reject), .score, .assign] {
            #expect(!Role.operator.may(act), "\(act)")
        }
        #expect(Role.operator.may(.event(.resubmit)) && Role.operator.may(.event(.withdraw)))
    }

    @Test("edit while submitted or back for revision; resubmit only from revision requested")
    func statuses() {
        #expect(ProposalAct.edit.allowedStatuses == [.submitted, .revisionRequested])
        #expect(ProposalAct.resubmit.allowedStatuses == [.revisionRequested])
        #expect(ProposalAct.withdraw.allowedStatuses == [.submitted, .inReview, .revisionRequested])
        #expect(ProposalAct(event: .resubmit) == .resubmit && ProposalAct(event: .take) == nil)
    }

    @Test("a resubmission is the next round, submitted again, one version on; scores count per round")
    func rounds() {
        let now = Date(timeIntervalSince1970: 1_796_612_400)
        let proposal = Proposal(
            title: "Antar obat", agencyID: 2, initiatorKind: .agency, initiatorName: "Dinkes", form: .publicService,
            kind: .digital, affair: "kesehatan", design: "d", goal: "g", benefit: "b", expectedResult: "r", budget: 0,
            submittedAt: now, status: .revisionRequested, version: 4)
        let next = proposal.resubmitted(at: now + 60)
        #expect(next.round == 2 && next.version == 5 && next.status == .submitted && next.submittedAt == now)
        let values = Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 3) })
        let scores = [1, 2, 2].map {
            ReviewScore(proposalID: 1, reviewer: "r\($0)", values: values, scoredAt: now, round: $0)
        }
        #expect(ReviewScore.ofRound(2, in: scores).map(\.reviewer) == ["r2", "r2"])
    }
}
