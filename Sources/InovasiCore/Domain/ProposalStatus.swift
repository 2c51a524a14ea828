/// Where a proposal stands in review. The domain owns the transitions between statuses.
public enum ProposalStatus: String, Codable, CaseIterable, Sendable {
    /// Diajukan: waiting for a reviewer.
    case submitted
    /// Ditinjau: a reviewer has taken it.
    case inReview
    /// Perlu Revisi: sent back to the proposer.
    case revisionRequested
    /// Disetujui: final; it became an innovation.
    case approved
    /// Ditolak: final.
    case rejected
    /// Ditarik: the proposer withdrew it; final.
    case withdrawn

    /// Whether no event may leave this status (except an audited undo).
    public var isFinal: Bool { self == .approved || self == .rejected || self == .withdrawn }

    /// Whether the proposal is waiting on the review office (counts in the queue and in "overdue").
    public var isWaiting: Bool { self == .submitted || self == .inReview }

    /// The waiting statuses in declaration order: the store's waiting index and its overdue term
    /// name exactly these, in this order.
    public static let waiting: [ProposalStatus] = allCases.filter(\.isWaiting)

    /// The status after `event`, or an error naming why the event is not allowed here.
    public func applying(_ event: ProposalEvent) throws(TransitionError) -> ProposalStatus {
        guard let next = Self.transitions[self]?[event] else {
            throw TransitionError(from: self, event: event)
        }
        return next
    }

    /// Whether `event` is allowed from this status.
    public func allows(_ event: ProposalEvent) -> Bool { Self.transitions[self]?[event] != nil }

    private static let transitions: [ProposalStatus: [ProposalEvent: ProposalStatus]] = [
        .submitted: [.take: .inReview, .withdraw: .withdrawn],
        .inReview: [
            .approve: .approved, .requestRevision: .revisionRequested, .reject: .rejected,
            .release: .submitted, .withdraw: .withdrawn,
        ],
        .revisionRequested: [.resubmit: .submitted, .withdraw: .withdrawn],
    ]
}

/// Something that happens to a proposal; named after the act, not after a key.
public enum ProposalEvent: String, Codable, CaseIterable, Sendable {
    /// A reviewer takes it into review.
    case take
    /// The reviewer gives it back to the queue unassigned.
    case release
    case approve
    case requestRevision
    case reject
    /// The proposer sends a revised version.
    case resubmit
    case withdraw

    /// Whether the event is a review decision, which needs a reviewer's role.
    public var isDecision: Bool { self == .approve || self == .requestRevision || self == .reject }

    /// Whether a note is required with this event.
    public var requiresNote: Bool { self == .requestRevision || self == .reject }
}

/// An event that the current status does not allow.
public struct TransitionError: Error, Equatable, Sendable {
    /// The status the proposal was in when the event was tried.
    public let from: ProposalStatus
    /// The event that status does not allow.
    public let event: ProposalEvent

    public init(from: ProposalStatus, event: ProposalEvent) {
        self.from = from
        self.event = event
    }
}
