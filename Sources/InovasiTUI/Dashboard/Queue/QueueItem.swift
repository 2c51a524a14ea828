import Foundation
import InovasiCore

/// One row of the review queue.
public struct QueueItem: Hashable, Sendable, Identifiable {
    /// The proposal's id, shown as `#42`.
    public var id: Int64
    /// The proposal's title.
    public var title: String
    /// Code of the proposing OPD, short enough for a narrow column.
    public var agencyCode: String
    /// Full name of the proposing OPD.
    public var agencyName: String
    /// Where the proposal stands in review.
    public var status: ProposalStatus
    /// When it came in; the row's age and overdue mark count from here.
    public var submittedAt: Date
    /// Login name of the reviewer who holds it; nil while nobody does.
    public var assignee: String?
    /// Row version, sent back with every change made to it.
    public var version: Int64
    /// Mean weighted score of the reviewers so far.
    public var score: Double?
    /// Id of the proposing OPD, so a reviewer is stopped from scoring their own OPD's proposal.
    public var agencyID: Int64
    /// The criteria whose mean is below the minimum (PP 38/2017's gate): the score cell marks them ✗.
    public var unmet: [ReviewCriterion] = []

    /// A queue row. `version` and `agencyID` have no defaults on purpose: a wrong version gets the
    /// person's changes refused as stale, and a wrong OPD would skip the own-OPD check.
    public init(
        id: Int64, title: String, agencyID: Int64, agencyCode: String, agencyName: String,
        status: ProposalStatus, submittedAt: Date, assignee: String?, version: Int64, score: Double? = nil
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
    /// List index of the first item.
    public var offset: Int
    /// The rows of the window, in list order.
    public var items: [QueueItem]
    /// How many rows match the query in all, loaded or not.
    public var total: Int

    public init(offset: Int, items: [QueueItem], total: Int) {
        self.offset = offset
        self.items = items
        self.total = total
    }

    /// The length of the list as a page of `loaded` rows, asked for `limit` rows from `offset`,
    /// proves it: a short page ends the list where its rows end, whatever `counted` said; a full
    /// page shows at least its own rows. The rows, not the count, decide where the list ends.
    public static func total(counted: Int, offset: Int, loaded: Int, limit: Int) -> Int {
        loaded < limit ? offset + loaded : max(counted, offset + loaded)
    }
}
