import Foundation
import InovasiCore

/// The OPD detail: its innovations, proposals, bidang and mentoring sessions.
public struct AgencyDetail: Hashable, Sendable {
    public var agency: Agency
    public var innovations: [Innovation]
    public var proposals: [Proposal]
    public var divisions: [Division]
    /// Ids of the bidang that run a main innovation.
    public var divisionsWithMain: Set<Int64>
    public var sessions: [MentoringSession]

    public init(
        agency: Agency, innovations: [Innovation], proposals: [Proposal], divisions: [Division],
        divisionsWithMain: Set<Int64>, sessions: [MentoringSession]
    ) {
        self.agency = agency
        self.innovations = innovations
        self.proposals = proposals
        self.divisions = divisions
        self.divisionsWithMain = divisionsWithMain
        self.sessions = sessions
    }
}

/// The proposal detail: all fields, scores so far and the history from the audit log.
public struct ProposalDetail: Hashable, Sendable {
    public var proposal: Proposal
    public var agencyName: String
    public var divisionName: String?
    public var assignee: String?
    public var scores: [ReviewScore]
    public var history: [AuditEntry]

    public init(
        proposal: Proposal, agencyName: String, divisionName: String?, assignee: String?,
        scores: [ReviewScore], history: [AuditEntry]
    ) {
        self.proposal = proposal
        self.agencyName = agencyName
        self.divisionName = divisionName
        self.assignee = assignee
        self.scores = scores
        self.history = history
    }
}
