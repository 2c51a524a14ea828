import Foundation

/// Something a person does to a proposal in review: an event of the status machine, or one of the
/// acts around it (assigning a reviewer, releasing one, saving scores).
///
/// This is the one place that says which statuses allow an act, which status it leads to, which
/// roles may do it and whether the proposal's own OPD is barred; the store checks these inside its
/// transaction, the dashboard before it asks the store, and refusal messages quote them.
public enum ReviewAct: Hashable, Sendable {
    /// A status-machine event (take, release, the three decisions, resubmit, withdraw).
    case event(ProposalEvent)
    /// An admin gives the proposal to a reviewer; a waiting proposal becomes (or stays) in review.
    case assign
    /// An admin takes the reviewer off; the proposal goes back to the open queue.
    case unassign
    /// A reviewer saves their scores; the status does not change.
    case score

    /// The statuses this act is allowed in, in declaration order (quoted by refusal messages).
    public var allowedStatuses: [ProposalStatus] {
        ProposalStatus.allCases.filter { status(after: $0) != nil }
    }

    /// Whether the act is allowed on a proposal in `status`.
    public func isAllowed(in status: ProposalStatus) -> Bool {
        self.status(after: status) != nil
    }

    /// The status the act leads to from `status`, or nil when `status` does not allow it.
    public func status(after status: ProposalStatus) -> ProposalStatus? {
        switch self {
        case .event(let event): try? status.applying(event)
        case .assign: status.isWaiting ? .inReview : nil
        case .unassign: try? status.applying(.release)
        case .score: status == .inReview ? status : nil
        }
    }

    /// Whether a person of `role` may do the act: assigning and unassigning are an admin's;
    /// withdrawing and resubmitting follow ``ProposalAct`` (the proposing side, which an operator of
    /// the proposal's OPD also is); every other act is a reviewer's (an admin reviews too).
    public func isAllowed(for role: Role) -> Bool {
        switch self {
        case .assign, .unassign: role.canAdminister
        case .event(let event):
            ProposalAct(event: event).map { $0.isAllowed(for: role) } ?? role.canReview
        case .score: role.canReview
        }
    }

    /// Whether the actor must not work at the proposal's OPD (no one judges their own agency).
    /// Resubmitting and withdrawing act for the proposer, so they are not barred.
    public var barsOwnAgency: Bool {
        switch self {
        case .event(.resubmit), .event(.withdraw), .assign, .unassign: false
        case .event, .score: true
        }
    }
}

extension Role {
    /// Whether this role may do `act` (``ReviewAct/isAllowed(for:)``).
    public func may(_ act: ReviewAct) -> Bool { act.isAllowed(for: self) }
}

/// Why a person whose role allows an act may still not do it on this proposal (issue 12, point 2).
public enum HolderRefusal: Hashable, Sendable {
    /// An external member of the tim independen only scores: never takes, holds or decides.
    case external
    /// Only the reviewer who holds the proposal (or an admin) decides it; `holder` is who does, if anyone.
    case notHolder(holder: String?)
}

extension ReviewAct {
    /// Whether the act decides the proposal: approve, request a revision, reject.
    public var isDecision: Bool {
        switch self {
        case .event(.approve), .event(.requestRevision), .event(.reject): true
        case .event, .assign, .unassign, .score: false
        }
    }

    /// Whether an external member of the tim independen may do the act: only scoring.
    public var allowsExternal: Bool { self == .score }

    /// The one rule of who may act on a proposal held by `holder` (nil when no one holds it), beyond
    /// the role (``isAllowed(for:)``), the status and the own-OPD bar: an external member only
    /// scores; only the holder or an admin decides. Nil when `user` may.
    ///
    /// The store asks it inside its transaction; the dashboard asks it before calling the store.
    public func refusal(for user: User, holder: String?) -> HolderRefusal? {
        if user.isExternal, !allowsExternal { return .external }
        if isDecision, user.role != .admin, user.name != holder { return .notHolder(holder: holder) }
        return nil
    }
}

extension User {
    /// Whether the user may hold a proposal (take it, or be assigned it): a reviewing role, not external.
    public var mayHold: Bool { role.may(.event(.take)) && !isExternal }
}
