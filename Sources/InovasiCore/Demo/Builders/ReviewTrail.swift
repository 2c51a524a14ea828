import Foundation

/// The audit history, assignee and scores of one proposal, consistent with its path of events.
struct ReviewTrail {
    var history: [AuditEntry] = []
    var assignee: String?
    var scores: [ReviewScore] = []
    var status: ProposalStatus = .submitted
    var version: Int64 = 1
    /// The review round: one more with each resubmission, as ``Proposal/resubmitted(at:)`` counts it.
    var round: Int64 = 1
    /// The first submission; the overdue clock runs from here.
    var submittedAt = Date(timeIntervalSince1970: 0)
    /// The last status change.
    var updatedAt = Date(timeIntervalSince1970: 0)

    /// Plays `steps` at `times`: the operator of the agency submits, resubmits and withdraws; the
    /// reviewer who took it releases or decides. Version is 1 at submission, +1 per change.
    static func play(
        _ steps: [ProposalTimeline.Step], at times: [Date], proposalID: Int64, agencyID: Int64,
        operatorName: String, reviewers: ReviewerPool, clock: DemoClock, rng: inout SplitMix64
    ) -> ReviewTrail {
        var trail = ReviewTrail()
        trail.submittedAt = times.first ?? clock.now
        trail.updatedAt = times.last ?? clock.now
        let eligible = reviewers.eligible(forAgencyID: agencyID)
        var current: Int?
        var lastTaker: Int?
        var lastTakeTime = times.first ?? Date(timeIntervalSince1970: 0)
        for (step, time) in zip(steps, times) {
            let before = trail.history.isEmpty ? nil : trail.stateJSON
            var user = operatorName
            var note = rng.element(of: ReviewNotes.submission)
            if case .event(let event) = step {
                if event == .take {
                    current = pickTaker(eligible: eligible, previous: lastTaker, rng: &rng)
                    lastTaker = current
                    lastTakeTime = time
                }
                if event == .take || event == .release || event.isDecision {
                    user = current.map { reviewers.names[$0] } ?? operatorName
                }
                if event == .release {
                    current = nil
                    lastTaker = nil
                }
                note = rng.element(of: ReviewNotes.event(event))
                trail.status = (try? trail.status.applying(event)) ?? trail.status
                trail.version += 1
                if event == .resubmit { trail.round += 1 }
            }
            trail.history.append(
                AuditEntry(
                    at: time, user: user, action: step.action, entity: "proposal", entityID: proposalID,
                    before: before, after: trail.stateJSON, note: note))
        }
        trail.assignee = assignee(status: trail.status, current: current, reviewers: reviewers)
        if trail.assignee != nil, let assigneeIndex = current, trail.status != .withdrawn {
            let end = trail.status == .inReview ? clock.now : (times.last ?? clock.now)
            trail.scores = ScoreMaker.scores(
                proposalID: proposalID, status: trail.status, assignee: assigneeIndex, eligible: eligible,
                reviewers: reviewers, from: lastTakeTime, to: end, clock: clock, rng: &rng
            ).map { score in
                var inRound = score
                inRound.round = trail.round
                return inRound
            }
        }
        trail.explainRejection()
        return trail
    }

    /// A rejection's note names the criterion its scores leave unmet (their per-criterion mean),
    /// so the decision agrees with the scores as PP 38/2017 reads them.
    mutating func explainRejection() {
        guard status == .rejected, let last = history.indices.last,
            history[last].action == ProposalTimeline.Step.event(.reject).action,
            let criterion = ScoringRules.standard.verdict(of: scores)?.unmet.first
        else { return }
        history[last].note = ReviewNotes.rejection(criterion)
    }

    /// `{"status":"inReview","version":2}`: the fields a status change touches.
    var stateJSON: String {
        let statusIndex = ProposalStatus.allCases.firstIndex(of: status) ?? 0
        let row = Self.stateJSONTable[statusIndex]
        return version >= 1 && Int(version) <= row.count ? row[Int(version) - 1] : Self.makeStateJSON(status, version)
    }

    /// Generated paths stay under ten versions; their JSON is made once, not per proposal.
    private static let stateJSONTable: [[String]] = ProposalStatus.allCases.map { status in
        (1...10).map { makeStateJSON(status, Int64($0)) }
    }

    private static func makeStateJSON(_ status: ProposalStatus, _ version: Int64) -> String {
        "{\"status\":\"\(status.rawValue)\",\"version\":\(version)}"
    }

    private static func pickTaker(eligible: [Int], previous: Int?, rng: inout SplitMix64) -> Int? {
        if let previous, rng.chance(0.8) { return previous }
        return eligible.isEmpty ? nil : rng.element(of: eligible)
    }

    private static func assignee(status: ProposalStatus, current: Int?, reviewers: ReviewerPool) -> String? {
        switch status {
        case .submitted: nil
        default: current.map { reviewers.names[$0] }
        }
    }
}
