import Foundation
import InovasiCore
import Testing

@Suite("Validation names the field and the reason")
struct DomainValidationTests {
    @Test("a valid proposal passes")
    func validProposal() throws {
        try Fixtures.proposal(id: 1, agencyID: 1).validate()
    }

    @Test("an empty title is refused as empty")
    func emptyTitle() {
        var proposal = Fixtures.proposal(id: 1, agencyID: 1)
        proposal.title = "   "
        #expect(throws: ValidationError(field: "title", reason: .empty)) { try proposal.validate() }
    }

    @Test("a negative budget is refused")
    func negativeBudget() {
        var proposal = Fixtures.proposal(id: 1, agencyID: 1)
        proposal.budget = -1
        #expect(throws: ValidationError(field: "budget", reason: .negative)) { try proposal.validate() }
    }

    @Test("a citizen proposal needs the proposer's name")
    func citizenName() {
        var proposal = Fixtures.proposal(id: 1, agencyID: 1)
        proposal.initiatorKind = .citizen
        #expect(throws: ValidationError(field: "proposerName", reason: .missing)) { try proposal.validate() }
        proposal.proposerName = "Ahmad Fauzi"
        #expect(throws: Never.self) { try proposal.validate() }
    }

    @Test("implementation before trial is refused")
    func plannedDates() {
        var proposal = Fixtures.proposal(id: 1, agencyID: 1)
        proposal.plannedTrialOn = Date(timeIntervalSince1970: 1_800_000_000)
        proposal.plannedImplementationOn = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(throws: ValidationError(field: "plannedImplementationOn", reason: .endBeforeStart)) {
            try proposal.validate()
        }
    }

    @Test("a kelurahan needs its kecamatan, and only a kelurahan has a parent")
    func agencyParent() {
        let orphan = Agency(code: "KEL-X", name: "Kelurahan X", kind: .kelurahan)
        #expect(throws: ValidationError(field: "parentID", reason: .missing)) { try orphan.validate() }
        let dinas = Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas, parentID: 3)
        #expect(throws: ValidationError(field: "parentID", reason: .invalid)) { try dinas.validate() }
    }

    @Test("a session must end after it starts")
    func sessionTimes() {
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let session = MentoringSession(
            title: "Klinik Inovasi", startsAt: start, endsAt: start, location: "Aula Bappedalitbang",
            mode: .offline, speakerName: "Dr. Andi", speakerInstitution: "LAN RI")
        #expect(throws: ValidationError(field: "endsAt", reason: .endBeforeStart)) { try session.validate() }
    }

    @Test("scores must be 1 to 5 on every criterion")
    func scoreRange() {
        var values = Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 3) })
        values[.replicable] = 6
        let score = ReviewScore(proposalID: 1, reviewer: "rina.h", values: values, scoredAt: Date())
        #expect(throws: ValidationError(field: "score.replicable", reason: .outOfRange(min: 1, max: 5, got: 6))) {
            try score.validate()
        }
        values[.replicable] = nil
        let missing = ReviewScore(proposalID: 1, reviewer: "rina.h", values: values, scoredAt: Date())
        #expect(throws: ValidationError(field: "score.replicable", reason: .missing)) { try missing.validate() }
    }
}

@Suite("Weighted scoring against the configured threshold")
struct ScoringTests {
    @Test("equal weights give the mean")
    func equalWeights() {
        let values: [ReviewCriterion: Int] = [
            .renewal: 5, .benefit: 4, .noUndueBurden: 3, .withinAuthority: 4, .replicable: 4,
        ]
        #expect(ScoringRules.standard.weightedScore(values) == 4.0)
        #expect(ScoringRules.standard.recommendsApproval(values))
    }

    @Test("configured weights change the score and the recommendation")
    func weighted() {
        var weights = Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 1.0) })
        weights[.renewal] = 6
        let rules = ScoringRules(weights: weights, threshold: 3.5)
        let values: [ReviewCriterion: Int] = [
            .renewal: 1, .benefit: 5, .noUndueBurden: 5, .withinAuthority: 5, .replicable: 5,
        ]
        #expect(rules.weightedScore(values) == 2.6)
        #expect(!rules.recommendsApproval(values))
        #expect(!ScoringRules.standard.recommendsApproval(values), "a 1 on renewal is a gate not met (PP 38/2017)")
        let lenient = ScoringRules(
            weights: ScoringRules.standard.weights, threshold: 3.5, minimums: [.renewal: 1])
        #expect(lenient.recommendsApproval(values))
    }

    @Test("an incomplete score never recommends approval")
    func incomplete() {
        #expect(!ScoringRules.standard.recommendsApproval([.renewal: 5]))
        #expect(ScoringRules.standard.weightedScore([:]) == nil)
    }

    @Test("negative weights and a threshold off the scale are refused")
    func badRules() {
        var weights = ScoringRules.standard.weights
        weights[.benefit] = -1
        #expect(throws: ValidationError(field: "weights.benefit", reason: .invalid)) {
            try ScoringRules(weights: weights, threshold: 3).validate()
        }
        #expect(throws: ValidationError(field: "threshold", reason: .invalid)) {
            try ScoringRules(weights: ScoringRules.standard.weights, threshold: 9).validate()
        }
    }
}

@Suite("Progress totals")
struct ProgressTests {
    @Test("the city total sums every row and needs every OPD to have a main innovation")
    func totals() {
        let a = AgencyProgress(
            agency: Agency(id: 1, code: "A", name: "A", kind: .dinas), innovationsByStage: [.initiative: 2],
            waiting: 3, overdue: 1, hasMainInnovation: true, divisionsWithMain: 1, divisionsTotal: 3)
        let b = AgencyProgress(
            agency: Agency(id: 2, code: "B", name: "B", kind: .badan),
            innovationsByStage: [.initiative: 1, .trial: 4], waiting: 2, overdue: 0,
            hasMainInnovation: false, divisionsWithMain: 2, divisionsTotal: 2)
        let total = AgencyProgress.total(of: [a, b], as: Agency(code: "ALL", name: "Kota", kind: .sekretariat))
        #expect(total.innovationsByStage == [.initiative: 3, .trial: 4])
        #expect(total.innovationTotal == 7)
        #expect(total.waiting == 5)
        #expect(total.overdue == 1)
        #expect(total.divisionsWithMain == 3)
        #expect(total.divisionsTotal == 5)
        #expect(!total.hasMainInnovation)
        #expect(!a.meetsInstruction)
        #expect(!b.meetsInstruction)
    }
}
