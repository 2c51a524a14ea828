import Foundation
import InovasiCore

/// The OPD detail: its innovations, proposals, bidang and mentoring sessions.
public struct AgencyDetail: Hashable, Sendable {
    /// The OPD shown.
    public var agency: Agency
    /// Every innovation the OPD runs, main or not.
    public var innovations: [Innovation]
    /// All its proposals, in any status.
    public var proposals: [Proposal]
    /// Its bidang, to show which still lack a main innovation.
    public var divisions: [Division]
    /// Ids of the bidang that run a main innovation.
    public var divisionsWithMain: Set<Int64>
    /// Mentoring sessions that serve the OPD.
    public var sessions: [MentoringSession]
    /// Proposals in, decisions and stage moves of the last months; nil until read.
    public var trend: MonthlyTrend?

    public init(
        agency: Agency, innovations: [Innovation], proposals: [Proposal], divisions: [Division],
        divisionsWithMain: Set<Int64>, sessions: [MentoringSession], trend: MonthlyTrend? = nil
    ) {
        self.trend = trend
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
    /// The proposal with every field the reviewer judges.
    public var proposal: Proposal
    /// Name of the proposing OPD, resolved so the view need not look it up.
    public var agencyName: String
    /// Name of the proposing bidang, when one proposed.
    public var divisionName: String?
    /// Login name of the reviewer who holds it; nil while nobody does.
    public var assignee: String?
    /// Every reviewer's saved scores, each shown with its weighted score.
    public var scores: [ReviewScore]
    /// The proposal's audit entries, oldest first: who did what and why.
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
