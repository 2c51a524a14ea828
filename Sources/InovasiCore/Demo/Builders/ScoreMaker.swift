import Foundation

/// Reviewers' scores on the five criteria, in line with where the proposal ended up.
enum ScoreMaker {
    /// Scores by the assignee and 0–2 other eligible reviewers, made between `from` and `to`.
    static func scores(
        proposalID: Int64, status: ProposalStatus, assignee: Int, eligible: [Int], reviewers: ReviewerPool,
        from: Date, to: Date, clock: DemoClock, rng: inout SplitMix64
    ) -> [ReviewScore] {
        let extraCount = status == .inReview ? rng.int(in: 0...1) : rng.int(in: 0...2)
        let others = rng.sample(eligible.filter { $0 != assignee }, count: extraCount)
        return ([assignee] + others).map { reviewer in
            let drawn = values(for: status, rng: &rng)
            var notes: [ReviewCriterion: String] = [:]
            notes.reserveCapacity(ReviewCriterion.allCases.count)
            for (criterion, value) in zip(ReviewCriterion.allCases, drawn)
            where value <= 2 || value == 5 || rng.chance(0.5) {
                notes[criterion] = rng.element(of: ReviewNotes.criterion(criterion, high: value >= 4))
            }
            let values = Dictionary(uniqueKeysWithValues: zip(ReviewCriterion.allCases, drawn))
            let overall = rng.element(of: ReviewNotes.overall(for: status))
            return ReviewScore(
                proposalID: proposalID, reviewer: reviewers.names[reviewer], values: values, criterionNotes: notes,
                note: status == .rejected ? rejectionNote(values) ?? overall : overall,
                scoredAt: scoringTime(from: from, to: to, clock: clock, rng: &rng))
        }
    }

    /// The reason a rejection gives: the first criterion the scores leave below its minimum (PP
    /// 38/2017 makes each a gate), so the demo's notes agree with its scores.
    static func rejectionNote(_ values: [ReviewCriterion: Int]) -> String? {
        ScoringRules.standard.verdict(values)?.unmet.first.map(ReviewNotes.rejection)
    }

    /// An instant strictly between `from` and `to`, in office hours on a working day: `from` and
    /// `to` are working minutes, so when no drawn minute fits, the second after `from` does.
    static func scoringTime(from: Date, to: Date, clock: DemoClock, rng: inout SplitMix64) -> Date {
        let first = clock.dayNumber(of: from)
        let last = max(first, clock.dayNumber(of: to))
        let drawn = clock.working(atOrAfter: rng.int(in: first...last), minute: rng.int(in: 450...930))
        let candidate = clock.instant(day: drawn.day, minutes: drawn.minute)
        guard to.timeIntervalSince(from) > 2 else { return from }
        if candidate > from, candidate < to { return candidate }
        let late = clock.workingInstant(atOrBefore: to.addingTimeInterval(-60))
        if late > from, late < to { return late }
        return from.addingTimeInterval(1)
    }

    /// A rejection scored 1 on kewenangan is a good idea outside the region's authority: its other
    /// criteria score 4–5, so its mean is high while the gate is not met (the 5, 5, 5, 1, 5 case).
    static func outsideAuthority(_ drawn: [Int]) -> [Int] {
        guard let authority = ReviewCriterion.allCases.firstIndex(of: .withinAuthority), drawn[authority] == 1 else {
            return drawn
        }
        return drawn.indices.map { $0 == authority ? 1 : (drawn[$0] >= 2 ? 5 : 4) }
    }

    /// Values 1–5 in `ReviewCriterion.allCases` order: high for an approval (mean ≥ 3.6), low for a
    /// rejection (mean ≤ 2.6, or a 1 on kewenangan with the rest high: ``outsideAuthority(_:)``).
    static func values(for status: ProposalStatus, rng: inout SplitMix64) -> [Int] {
        let range: ClosedRange<Int>
        switch status {
        case .approved: range = 3...5
        case .rejected: range = 1...3
        case .revisionRequested: range = 2...4
        default: range = 2...5
        }
        var drawn = ReviewCriterion.allCases.map { _ in rng.int(in: range) }
        if status == .approved {
            while drawn.reduce(0, +) < 18, let low = drawn.indices.min(by: { drawn[$0] < drawn[$1] }) {
                drawn[low] += 1
            }
        }
        if status == .rejected {
            while drawn.reduce(0, +) > 13, let high = drawn.indices.max(by: { drawn[$0] < drawn[$1] }) {
                drawn[high] -= 1
            }
            drawn = outsideAuthority(drawn)
        }
        return drawn
    }
}
