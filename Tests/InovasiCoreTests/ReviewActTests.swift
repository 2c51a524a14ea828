import InovasiCore
import Testing

@Suite("ReviewAct: statuses, roles and the own-OPD bar of each act")
struct ReviewActTests {
    static let acts: [ReviewAct] = ProposalEvent.allCases.map(ReviewAct.event) + [.assign, .unassign, .score]

    @Test("events follow the status machine, and lead where it leads")
    func eventsFollowTheMachine() throws {
        for event in ProposalEvent.allCases {
            for status in ProposalStatus.allCases {
                #expect(ReviewAct.event(event).isAllowed(in: status) == status.allows(event))
                #expect(ReviewAct.event(event).status(after: status) == (try? status.applying(event)))
            }
        }
    }

    @Test("assign takes waiting proposals into review, unassign releases, scores need a proposal in review")
    func aroundTheMachine() {
        #expect(ReviewAct.assign.allowedStatuses == [.submitted, .inReview])
        #expect(ReviewAct.assign.status(after: .submitted) == .inReview)
        #expect(ReviewAct.assign.status(after: .inReview) == .inReview)
        #expect(ReviewAct.unassign.allowedStatuses == [.inReview])
        #expect(ReviewAct.unassign.status(after: .inReview) == .submitted)
        #expect(ReviewAct.score.allowedStatuses == [.inReview])
        #expect(ReviewAct.score.status(after: .inReview) == .inReview)
        for act in Self.acts {
            for status in ProposalStatus.allCases where status.isFinal {
                #expect(!act.isAllowed(in: status), "\(act) from final \(status)")
            }
        }
    }

    @Test("an admin may do everything, a reviewer all but assigning, supervisors and viewers nothing")
    func roles() {
        for act in Self.acts {
            #expect(Role.admin.may(act))
            #expect(!Role.supervisor.may(act))
            #expect(!Role.viewer.may(act))
        }
        #expect(!Role.reviewer.may(.assign))
        #expect(!Role.reviewer.may(.unassign))
        #expect(Role.reviewer.may(.score))
        #expect(Role.reviewer.may(.event(.approve)))
    }

    @Test("review work bars the proposal's own OPD; resubmit, withdraw and admin assignment do not")
    func ownAgency() {
        let barred: [ReviewAct] = [
            .event(.take), .event(.release), .event(.approve), .event(.requestRevision), .event(.reject), .score,
        ]
        for act in Self.acts { #expect(act.barsOwnAgency == barred.contains(act), "\(act)") }
    }
}
