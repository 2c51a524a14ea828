import Foundation

/// Sessions that would clash with a new or edited one: the same narasumber, or one of the same
/// OPDs, booked at an overlapping time. A warning, never a refusal: an office may knowingly run two
/// sessions for one OPD in parallel.
public enum SessionConflicts {
    /// Why two sessions clash.
    public enum Reason: Hashable, Sendable {
        /// The same narasumber leads both (names compared ignoring case and spacing).
        case speaker(String)
        /// Both serve this OPD.
        case agency(Int64)
    }

    /// One clash with another session, named so a message can point at it.
    public struct Conflict: Hashable, Sendable {
        /// The session already booked.
        public let other: MentoringSession
        /// What the two share: the narasumber, or each shared OPD.
        public let reasons: [Reason]
    }

    /// The clashes of `session` with `others`, by the other's start: each other session (not
    /// itself, not cancelled) whose time overlaps and that has the same narasumber or a shared OPD.
    /// Touching sessions (one ends when the next starts) do not clash.
    public static func find(for session: MentoringSession, among others: [MentoringSession]) -> [Conflict] {
        guard session.status != .cancelled else { return [] }
        let speaker = speakerKey(session.speakerName)
        return
            others
            .filter { other in
                other.status != .cancelled && !isSame(other, session) && other.startsAt < session.endsAt
                    && session.startsAt < other.endsAt
            }
            .compactMap { other in
                var reasons: [Reason] = []
                if !speaker.isEmpty, speakerKey(other.speakerName) == speaker {
                    reasons.append(.speaker(other.speakerName))
                }
                let shared = Set(session.agencyIDs).intersection(other.agencyIDs).sorted()
                reasons += shared.map { .agency($0) }
                return reasons.isEmpty ? nil : Conflict(other: other, reasons: reasons)
            }
            .sorted { ($0.other.startsAt, $0.other.id) < ($1.other.startsAt, $1.other.id) }
    }

    /// A name folded for comparison: lowercased, runs of spaces made one, trimmed.
    public static func speakerKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func isSame(_ one: MentoringSession, _ other: MentoringSession) -> Bool {
        (one.id != 0 && one.id == other.id) || (!one.uid.isEmpty && one.uid == other.uid)
    }
}
