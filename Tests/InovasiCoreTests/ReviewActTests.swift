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

@Suite("ReviewAct: only the holder or an admin decides; external members only score")
struct ReviewActHolderTests {
    static let rina = User(name: "rina", role: .reviewer)
    static let dewi = User(name: "dewi", role: .reviewer)
    static let admin = User(name: "admin", role: .admin)
    static let guru = User(name: "guru", role: .reviewer, isExternal: true)
    static let decisions: [ReviewAct] = [.event(.approve), .event(.requestRevision), .event(.reject)]

    @Test("the holder and an admin decide; another reviewer is refused naming the holder")
    func decisions() {
        for act in Self.decisions {
            #expect(act.isDecision)
            #expect(act.refusal(for: Self.rina, holder: "rina") == nil)
            #expect(act.refusal(for: Self.admin, holder: "rina") == nil)
            #expect(act.refusal(for: Self.dewi, holder: "rina") == .notHolder(holder: "rina"))
            #expect(act.refusal(for: Self.dewi, holder: nil) == .notHolder(holder: nil))
        }
        #expect(ReviewAct.event(.take).refusal(for: Self.dewi, holder: "rina") == nil)
        #expect(ReviewAct.score.refusal(for: Self.dewi, holder: "rina") == nil)
    }

    @Test("an external member scores, but never takes, decides or holds")
    func external() {
        #expect(ReviewAct.score.refusal(for: Self.guru, holder: "rina") == nil)
        #expect(ReviewAct.event(.take).refusal(for: Self.guru, holder: nil) == .external)
        for act in Self.decisions { #expect(act.refusal(for: Self.guru, holder: "guru") == .external) }
        #expect(!Self.guru.mayHold)
        #expect(Self.rina.mayHold && Self.admin.mayHold)
    }

    @Test("an external member is a reviewer without an OPD")
    func externalIsAReviewerWithoutAgency() {
        #expect(throws: Never.self) { try Self.guru.validateExternal() }
        #expect(throws: ValidationError(field: "external", reason: .invalid)) {
            try User(name: "x", role: .admin, isExternal: true).validateExternal()
        }
        #expect(throws: ValidationError(field: "opd", reason: .invalid)) {
            try User(name: "x", role: .reviewer, agencyID: 3, isExternal: true).validateExternal()
        }
    }
}
