import Foundation
import InovasiCore

extension Store {
    /// Which proposals the review queue shows; every field narrows the list.
    public struct QueueFilter: Sendable, Hashable {
        /// Statuses shown; an empty set shows nothing.
        public var statuses: Set<ProposalStatus>
        /// Only this OPD's proposals, when set.
        public var agencyID: Int64?
        /// Case-insensitive match (ASCII letters) anywhere in the title, the OPD's name or its code;
        /// `%` and `_` match themselves. Blank text is ignored.
        public var text: String?
        /// Only proposals waiting longer than `overdueDays` (see ``Store/queue(_:now:overdueDays:scoring:offset:limit:)``).
        public var overdueOnly: Bool
        /// Bentuk shown; an empty set shows every form.
        public var forms: Set<InnovationForm>
        /// Jenis shown; an empty set shows every kind.
        public var kinds: Set<InnovationKind>
        /// Whose proposals: anyone's, unassigned ones, or one reviewer's.
        public var assignee: AssigneeFilter
        /// The order of the rows.
        public var sort: QueueSort
        /// Reverses the natural direction of `sort` (newest first, worst score first, Z to A).
        public var descending: Bool

        /// The reviewer's default: everything waiting on the office, longest waiting first.
        public init(
            statuses: Set<ProposalStatus> = Set(ProposalStatus.waiting), agencyID: Int64? = nil, text: String? = nil,
            overdueOnly: Bool = false, forms: Set<InnovationForm> = [], kinds: Set<InnovationKind> = [],
            assignee: AssigneeFilter = .anyone, sort: QueueSort = .age, descending: Bool = false
        ) {
            self.statuses = statuses
            self.agencyID = agencyID
            self.text = text
            self.overdueOnly = overdueOnly
            self.forms = forms
            self.kinds = kinds
            self.assignee = assignee
            self.sort = sort
            self.descending = descending
        }
    }

    /// One line of the review queue: what a list row shows, without the proposal's long texts.
    public struct QueueRow: Sendable, Hashable, Identifiable {
        /// The proposal's id, to open it or decide on it.
        public var id: Int64
        /// The proposal's title, as entered (sanitise before drawing).
        public var title: String
        /// The proposing OPD, for filtering and jumping to its progress.
        public var agencyID: Int64
        /// The OPD's short code, for narrow columns.
        public var agencyCode: String
        /// The OPD's full name, for wide columns.
        public var agencyName: String
        /// Where the proposal stands in review.
        public var status: ProposalStatus
        /// When it was submitted: the queue's order and the start of its waiting time.
        public var submittedAt: Date
        /// When its status last changed.
        public var updatedAt: Date
        /// The version a decision taken from this row must carry.
        public var version: Int64
        /// The reviewer holding it, if any.
        public var assignee: String?
        /// Bentuk, for the list's form column.
        public var form: InnovationForm
        /// Jenis (digital or not), for the list's kind column.
        public var kind: InnovationKind
        /// Mean over its reviewers of each one's weighted score (1–5) under the rules the query was
        /// given; nil while no one has scored it.
        public var score: Double?
        /// How many reviewers have scored it.
        public var scoreCount: Int
        /// The criteria whose mean over its reviewers is below the minimum (PP 38/2017's gate); empty
        /// when all are met or no one has scored it.
        public var unmet: [ReviewCriterion]

        /// A row as the store builds it; public so screens can be tested with rows of their own.
        public init(
            id: Int64, title: String, agencyID: Int64, agencyCode: String, agencyName: String,
            status: ProposalStatus, submittedAt: Date, updatedAt: Date, version: Int64, assignee: String?,
            form: InnovationForm, kind: InnovationKind, score: Double? = nil, scoreCount: Int = 0,
            unmet: [ReviewCriterion] = []
        ) {
            self.id = id
            self.title = title
            self.agencyID = agencyID
            self.agencyCode = agencyCode
            self.agencyName = agencyName
            self.status = status
            self.submittedAt = submittedAt
            self.updatedAt = updatedAt
            self.version = version
            self.assignee = assignee
            self.form = form
            self.kind = kind
            self.score = score
            self.scoreCount = scoreCount
            self.unmet = unmet
        }

        /// Whether it is waiting on the office longer than `overdueDays`, by ``OverdueRule``.
        public func isOverdue(now: Date, overdueDays: Int) -> Bool {
            OverdueRule(now: now, overdueDays: overdueDays).isOverdue(status: status, submittedAt: submittedAt)
        }
    }
}
