import Foundation
import InovasiCore
import Testing

@Suite("Proposal status machine")
struct DomainTransitionTests {
    @Test("the allowed path submitted → inReview → approved")
    func approvePath() throws {
        let taken = try ProposalStatus.submitted.applying(.take)
        #expect(taken == .inReview)
        #expect(try taken.applying(.approve) == .approved)
    }

    @Test("revision goes back to submitted when resubmitted")
    func revisionLoop() throws {
        let revision = try ProposalStatus.inReview.applying(.requestRevision)
        #expect(revision == .revisionRequested)
        #expect(try revision.applying(.resubmit) == .submitted)
    }

    @Test("final statuses allow no event", arguments: [ProposalStatus.approved, .rejected, .withdrawn])
    func finalStatuses(status: ProposalStatus) {
        #expect(status.isFinal)
        for event in ProposalEvent.allCases {
            #expect(!status.allows(event))
            #expect(throws: TransitionError(from: status, event: event)) { try status.applying(event) }
        }
    }

    @Test("a decision is impossible before a reviewer takes the proposal")
    func decisionNeedsReview() {
        for event in ProposalEvent.allCases where event.isDecision {
            #expect(throws: TransitionError(from: .submitted, event: event)) {
                try ProposalStatus.submitted.applying(event)
            }
        }
    }

    @Test("only revision and rejection require a note")
    func notes() {
        let needing = ProposalEvent.allCases.filter(\.requiresNote)
        #expect(Set(needing) == [.requestRevision, .reject])
    }

    @Test("waiting means submitted or in review")
    func waiting() {
        #expect(ProposalStatus.allCases.filter(\.isWaiting) == [.submitted, .inReview])
    }

    @Test("an approved proposal becomes an innovation at stage inisiatif of its OPD")
    func adoption() {
        let day = Date(timeIntervalSince1970: 1_790_000_000)
        let proposal = Fixtures.proposal(id: 7, agencyID: 3)
        let innovation = proposal.adoptedInnovation(on: day)
        #expect(innovation.stage == .initiative)
        #expect(innovation.agencyID == 3)
        #expect(innovation.proposalID == 7)
        #expect(innovation.title == proposal.title)
        #expect(!innovation.isMain)
    }

    @Test("overdue counts whole days beyond the limit, only while waiting")
    func overdue() {
        let submitted = Date(timeIntervalSince1970: 1_790_000_000)
        var proposal = Fixtures.proposal(id: 1, agencyID: 1, submittedAt: submitted)
        let fourteenDays = submitted.addingTimeInterval(14 * 86_400 + 3_600)
        let fifteenDays = submitted.addingTimeInterval(15 * 86_400 + 3_600)
        #expect(proposal.ageInDays(now: fourteenDays) == 14)
        #expect(!proposal.isOverdue(now: fourteenDays, overdueDays: 14))
        #expect(proposal.isOverdue(now: fifteenDays, overdueDays: 14))
        proposal.status = .approved
        #expect(!proposal.isOverdue(now: fifteenDays, overdueDays: 14))
    }
}

/// Small valid values for domain tests.
enum Fixtures {
    static func proposal(
        id: Int64, agencyID: Int64, submittedAt: Date = Date(timeIntervalSince1970: 1_790_000_000)
    ) -> Proposal {
        Proposal(
            id: id, title: "Layanan Adminduk Keliling", agencyID: agencyID,
            initiatorKind: .civilServant, initiatorName: "Siti Rahmawati", form: .publicService,
            kind: .nonDigital, affair: "administrasi kependudukan dan pencatatan sipil",
            design: "Petugas mendatangi kelurahan setiap pekan.", goal: "Mendekatkan layanan.",
            benefit: "Warga tidak perlu ke kantor dinas.", expectedResult: "Waktu layanan turun.",
            budget: 25_000_000, submittedAt: submittedAt)
    }
}
