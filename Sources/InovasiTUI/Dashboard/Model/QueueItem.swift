import Foundation
import InovasiCore

/// One row of the review queue.
public struct QueueItem: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    public var agencyCode: String
    public var agencyName: String
    public var status: ProposalStatus
    public var submittedAt: Date
    public var assignee: String?
    /// Row version, sent back with every change made to it.
    public var version: Int64
    /// Mean weighted score of the reviewers so far.
    public var score: Double?
    public var agencyID: Int64

    public init(
        id: Int64, title: String, agencyCode: String, agencyName: String, status: ProposalStatus,
        submittedAt: Date, assignee: String?, version: Int64 = 1, score: Double? = nil, agencyID: Int64 = 0
    ) {
        self.id = id
        self.title = title
        self.agencyCode = agencyCode
        self.agencyName = agencyName
        self.status = status
        self.submittedAt = submittedAt
        self.assignee = assignee
        self.version = version
        self.score = score
        self.agencyID = agencyID
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
