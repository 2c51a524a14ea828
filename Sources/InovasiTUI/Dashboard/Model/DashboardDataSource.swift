import Foundation
import InovasiCore

/// What the dashboard needs from the store; the executable adapts the real store to it, so the
/// UI never imports GRDB and tests can hand it an in-memory double.
public protocol DashboardDataSource: AnyObject {
    /// Per-OPD progress, aggregated by the store.
    func progress(now: Date, overdueDays: Int) throws -> [AgencyProgress]
    /// One page of the review queue, oldest first, and the count of all rows matching.
    func queuePage(_ query: QueueQuery, now: Date, overdueDays: Int, offset: Int, limit: Int) throws -> QueuePage
    /// Mentoring sessions starting in `[from, to)`.
    func sessions(from: Date, to: Date) throws -> [MentoringSession]
    /// Everything the OPD detail shows.
    func agencyDetail(id: Int64) throws -> AgencyDetail?
    /// Everything the proposal detail shows.
    func proposalDetail(id: Int64) throws -> ProposalDetail?
    /// Names of OPDs by id, for the calendar's session detail.
    func agencyNames(ids: [Int64]) throws -> [Int64: String]
    /// Titles of innovations by id, for the calendar's session detail.
    func innovationTitles(ids: [Int64]) throws -> [Int64: String]
    /// The role of a Unix user now; an admin may change it while the dashboard runs.
    func role(of user: String) throws -> Role?
    /// A number that changes whenever another connection commits (`PRAGMA data_version`).
    func dataVersion() throws -> Int
}

/// Which proposals the queue pane asks for.
public struct QueueQuery: Hashable, Sendable {
    public var statuses: Set<ProposalStatus>
    /// Free text matched against title and OPD name.
    public var text: String

    public init(statuses: Set<ProposalStatus> = [.submitted, .inReview], text: String = "") {
        self.statuses = statuses
        self.text = text
    }
}

/// One row of the review queue.
public struct QueueItem: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    public var agencyCode: String
    public var agencyName: String
    public var status: ProposalStatus
    public var submittedAt: Date
    public var assignee: String?

    public init(
        id: Int64, title: String, agencyCode: String, agencyName: String, status: ProposalStatus,
        submittedAt: Date, assignee: String?
    ) {
        self.id = id
        self.title = title
        self.agencyCode = agencyCode
        self.agencyName = agencyName
        self.status = status
        self.submittedAt = submittedAt
        self.assignee = assignee
    }
}

/// A page of queue rows plus the total matching, so the list can be virtual.
public struct QueuePage: Hashable, Sendable {
    public var offset: Int
    public var items: [QueueItem]
    public var total: Int

    public init(offset: Int, items: [QueueItem], total: Int) {
        self.offset = offset
        self.items = items
        self.total = total
    }
}

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
