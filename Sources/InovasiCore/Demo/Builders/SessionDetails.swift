import Foundation

/// Numbers the calendar's sessions by start and fills what a kept calendar has beyond the plan:
/// the `uid` the store's demo import gives too, a meeting link for online and hybrid sessions, the
/// OPDs that attended and the follow-up of done ones, and the edits (`sequence`, `updatedAt`) that
/// marking done, cancelling or moving a session leaves.
///
/// Each session draws from its own stream (by id), so these details never shift the plan's draws.
struct SessionDetails {
    let clock: DemoClock
    let seed: UInt64

    /// Share of scheduled sessions edited once or more since they were added (moved, a new place).
    static let editedShare = 0.25
    /// Share of done sessions of several OPDs that not all of them attended.
    static let partialAttendanceShare = 0.4

    /// The sessions sorted by start (ties keep their order), numbered 1…n, with their details.
    func finish(_ sessions: [MentoringSession]) -> [MentoringSession] {
        let ordered = sessions.enumerated().sorted {
            ($0.element.startsAt, $0.offset) < ($1.element.startsAt, $1.offset)
        }
        return ordered.enumerated().map { number, entry in
            detailed(entry.element, id: Int64(number + 1))
        }
    }

    private func detailed(_ plain: MentoringSession, id: Int64) -> MentoringSession {
        var rng = SplitMix64(seed: seed, stream: .sessionDetails, index: UInt64(id))
        var session = plain
        session.id = id
        session.uid = "demo-session-\(id)@inovasi"
        if session.mode != .offline { session.meetingLink = Self.meetingLink(for: session.location, rng: &rng) }
        switch session.status {
        case .done:
            session.attendedAgencyIDs = attendance(of: session.agencyIDs, rng: &rng)
            session.followUp = rng.element(of: SessionCorpus.followUps)
            edit(&session, times: 1 + (rng.chance(0.3) ? 1 : 0), at: session.endsAt, rng: &rng)
        case .cancelled:
            let before = session.startsAt.addingTimeInterval(-Double(rng.int(in: 1...5)) * 86_400)
            edit(&session, times: 1 + (rng.chance(0.2) ? 1 : 0), at: before, rng: &rng)
        case .scheduled:
            guard rng.chance(Self.editedShare) else { break }
            let before = clock.now.addingTimeInterval(-Double(rng.int(in: 2...240)) * 3_600)
            edit(&session, times: rng.int(in: 1...3), at: before, rng: &rng)
        }
        return session
    }

    /// Records `times` edits, the last around `moment` (a working minute, never after now).
    private func edit(_ session: inout MentoringSession, times: Int, at moment: Date, rng: inout SplitMix64) {
        let later = moment.addingTimeInterval(Double(rng.int(in: 30...1_440)) * 60)
        session.sequence = times
        session.updatedAt = clock.workingInstant(atOrBefore: min(later, clock.now))
    }

    /// Every served OPD, or for some sessions of several OPDs a smaller part of them.
    private func attendance(of agencyIDs: [Int64], rng: inout SplitMix64) -> [Int64] {
        guard agencyIDs.count > 1, rng.chance(Self.partialAttendanceShare) else { return agencyIDs }
        return rng.sample(agencyIDs, count: rng.int(in: 1...(agencyIDs.count - 1))).sorted()
    }

    /// A link shaped like the place's service, on a reserved domain (`example.org`) so that no demo
    /// link reaches a real meeting.
    static func meetingLink(for location: String, rng: inout SplitMix64) -> String {
        if location.contains("Meet") {
            let letters = Array("abcdefghijkmnopqrstuvwxyz")
            let part = { (length: Int, rng: inout SplitMix64) in
                String((0..<length).map { _ in rng.element(of: letters) })
            }
            return "https://meet.example.org/\(part(3, &rng))-\(part(4, &rng))-\(part(3, &rng))"
        }
        let digits = (0..<10).map { _ in String(rng.below(10)) }.joined()
        return "https://zoom.example.org/j/8\(digits)?pwd=demo"
    }
}
