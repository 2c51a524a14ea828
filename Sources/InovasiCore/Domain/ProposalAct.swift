import Foundation

/// What the proposing side does to a proposal: enter it, correct it, withdraw it, send it again
/// after a revision. Beside ``ReviewAct`` (the reviewing side), this is the one place that says
/// who may do these and in which statuses; the store checks it inside its transaction, the
/// command line and the dashboard before they ask.
///
/// - An admin may do all four, for every OPD.
/// - An operator may do all four, only for proposals of the OPD they work for.
/// - A reviewer may record a withdrawal or a resubmission the proposer asked for (as before the
///   operator role existed), but neither enter nor edit a proposal.
/// - A supervisor and a viewer only read.
public enum ProposalAct: String, CaseIterable, Sendable {
    /// A new proposal enters the queue as submitted, round 1.
    case add
    /// Its fields are corrected; the status, round and scores stay.
    case edit
    /// The proposer takes it back; final.
    case withdraw
    /// After "perlu revisi", a revised version: the next round, submitted again, unassigned.
    case resubmit

    /// Whether a person of `role` may do the act on some proposal (an operator: of its own OPD).
    public func isAllowed(for role: Role) -> Bool {
        switch role {
        case .admin, .operator: true
        case .reviewer: self == .withdraw || self == .resubmit
        case .supervisor, .viewer: false
        }
    }

    /// Whether `user` may do the act on a proposal of the OPD `agencyID`: their role may, and an
    /// operator only for the OPD they work for.
    public func isAllowed(for user: User, agencyID: Int64) -> Bool {
        guard isAllowed(for: user.role) else { return false }
        return !user.role.needsAgency || user.agencyID == agencyID
    }

    /// Whether the act is allowed on a proposal in `status`. Editing: while it waits for a reviewer
    /// (submitted) or is back with the proposer (revision requested), never while a reviewer holds
    /// it nor once it is decided. Withdrawing and resubmitting follow the status machine.
    public func isAllowed(in status: ProposalStatus) -> Bool {
        switch self {
        case .add: status == .submitted
        case .edit: status == .submitted || status == .revisionRequested
        case .withdraw: status.allows(.withdraw)
        case .resubmit: status.allows(.resubmit)
        }
    }

    /// The statuses the act is allowed in, in declaration order (quoted by refusals).
    public var allowedStatuses: [ProposalStatus] {
        ProposalStatus.allCases.filter(isAllowed(in:))
    }

    /// The status-machine event behind the act, for the two acts that are one.
    public var event: ProposalEvent? {
        switch self {
        case .withdraw: .withdraw
        case .resubmit: .resubmit
        case .add, .edit: nil
        }
    }

    /// The act a status-machine event stands for on the proposing side, if it is one.
    public init?(event: ProposalEvent) {
        switch event {
        case .withdraw: self = .withdraw
        case .resubmit: self = .resubmit
        case .take, .release, .approve, .requestRevision, .reject: return nil
        }
    }
}

extension Proposal {
    /// The proposal as a resubmission leaves it: the next round, submitted again, version + 1.
    /// The store writes exactly this (with the assignment cleared); the demo plays the same step.
    public func resubmitted(at time: Date) -> Proposal {
        var next = self
        next.status = .submitted
        next.round += 1
        next.version += 1
        next.updatedAt = time
        return next
    }
}

extension ReviewScore {
    /// The scores of the round the recommendation is made on: `round` only (earlier rounds' scores
    /// stay visible but no longer count).
    public static func ofRound(_ round: Int64, in scores: [ReviewScore]) -> [ReviewScore] {
        scores.filter { $0.round == round }
    }
}
