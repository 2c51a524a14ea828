import Foundation

/// The path of events a proposal took to reach its status, and when each happened.
enum ProposalTimeline {
    /// One step of the path; the first is always the submission.
    enum Step: Equatable, Sendable {
        case submit
        case event(ProposalEvent)

        /// Audit action name: `proposal.submit`, `proposal.requestRevision`.
        var action: String {
            switch self {
            case .submit: "proposal.submit"
            case .event(let event): "proposal." + event.rawValue
            }
        }
    }

    private static let revisionRound: [Step] = [.event(.take), .event(.requestRevision), .event(.resubmit)]

    /// A plausible path ending in `status`.
    static func path(to status: ProposalStatus, rng: inout SplitMix64) -> [Step] {
        let roll = rng.unit()
        switch status {
        case .submitted:
            if roll < 0.7 { return [.submit] }
            return roll < 0.85 ? [.submit, .event(.take), .event(.release)] : [.submit] + revisionRound
        case .inReview:
            return roll < 0.8 ? [.submit, .event(.take)] : [.submit] + revisionRound + [.event(.take)]
        case .revisionRequested:
            let once: [Step] = [.submit, .event(.take), .event(.requestRevision)]
            return roll < 0.85 ? once : [.submit] + revisionRound + [.event(.take), .event(.requestRevision)]
        case .approved, .rejected:
            let decision = Step.event(status == .approved ? .approve : .reject)
            let firstTime = status == .approved ? 0.7 : 0.75
            return roll < firstTime
                ? [.submit, .event(.take), decision] : [.submit] + revisionRound + [.event(.take), decision]
        case .withdrawn:
            if roll < 0.4 { return [.submit, .event(.withdraw)] }
            if roll < 0.7 { return [.submit, .event(.take), .event(.withdraw)] }
            return [.submit, .event(.take), .event(.requestRevision), .event(.withdraw)]
        }
    }

    /// Days after the previous step that a step typically follows.
    private static func gap(before step: Step, rng: inout SplitMix64) -> Int {
        switch step {
        case .submit: 0
        case .event(.take), .event(.release): rng.int(in: 1...8)
        case .event(.resubmit): rng.int(in: 4...25)
        case .event(.withdraw): rng.int(in: 2...30)
        case .event: rng.int(in: 3...21)
        }
    }

    /// Instants of each step, oldest first, the first about `ageDays` days before `clock.now`, all
    /// in office hours on working days (``OfficeHours``: no weekend, national holiday or Friday
    /// prayer), strictly increasing and never after `now`.
    static func times(
        of steps: [Step], ageDays: Int?, clock: DemoClock, maxAgeDays: Int, rng: inout SplitMix64
    ) -> [Date] {
        var gaps = steps.map { gap(before: $0, rng: &rng) }
        let natural = gaps.reduce(0, +)
        let age: Int
        if let ageDays {
            age = ageDays
            if natural > age, natural > 0 { gaps = gaps.map { $0 * age / natural } }
        } else {
            age = min(maxAgeDays, natural + rng.int(in: 0...max(1, maxAgeDays - natural)))
        }
        var day = clock.today - age
        var times: [Date] = []
        var last: (day: Int, minute: Int)?
        for (index, gap) in gaps.enumerated() {
            if index > 0 { day += gap }
            let drawn = rng.int(in: 450...930)
            var minute = drawn
            if let last, last.day >= day {
                day = last.day
                minute = max(last.minute + 7, drawn)
            }
            let slot = clock.working(atOrAfter: day, minute: minute)
            day = slot.day
            last = slot
            times.append(clock.instant(day: slot.day, minutes: slot.minute))
        }
        return clampedBeforeNow(times, clock: clock)
    }

    /// Moves instants back so the last is a working minute before `now` and each is a working
    /// minute before the next.
    private static func clampedBeforeNow(_ times: [Date], clock: DemoClock) -> [Date] {
        var result = times
        var limit = clock.workingInstant(atOrBefore: clock.now.addingTimeInterval(-60))
        for index in result.indices.reversed() {
            if result[index] > limit { result[index] = limit }
            limit = clock.workingInstant(atOrBefore: result[index].addingTimeInterval(-60))
        }
        return result
    }
}
