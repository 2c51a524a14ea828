import InovasiCore

/// Which proposals the queue pane asks for, and in which order; every part combines with the others.
public struct QueueQuery: Hashable, Sendable {
    /// Whose proposals: anyone's, nobody's yet, or the person's own.
    public enum Assignee: Hashable, Sendable, CaseIterable {
        case anyone, unassigned, mine
    }

    /// The orders a reviewer can ask for.
    public enum Sort: Hashable, Sendable, CaseIterable {
        /// Oldest waiting first.
        case age
        /// Best mean weighted score first.
        case score
        case agency
        case title
    }

    /// The statuses listed; the queue opens on the waiting ones (submitted and in review).
    public var statuses: Set<ProposalStatus>
    /// Free text matched against title and OPD name.
    public var text: String
    /// OPD code; empty for every OPD.
    public var agencyCode: String
    /// Bentuk; empty for any.
    public var forms: Set<InnovationForm>
    /// Jenis; empty for any.
    public var kinds: Set<InnovationKind>
    /// Whose proposals are listed.
    public var assignee: Assignee
    /// Whether only proposals waiting longer than the overdue limit are listed.
    public var overdueOnly: Bool
    /// The order of the list.
    public var sort: Sort
    /// Whether the order is reversed.
    public var descending: Bool

    public init(
        statuses: Set<ProposalStatus> = Set(ProposalStatus.waiting), text: String = "", agencyCode: String = "",
        forms: Set<InnovationForm> = [], kinds: Set<InnovationKind> = [], assignee: Assignee = .anyone,
        overdueOnly: Bool = false, sort: Sort = .age, descending: Bool = false
    ) {
        self.statuses = statuses
        self.text = text
        self.agencyCode = agencyCode
        self.forms = forms
        self.kinds = kinds
        self.assignee = assignee
        self.overdueOnly = overdueOnly
        self.sort = sort
        self.descending = descending
    }

    /// The queue as it opens: waiting proposals, everyone's, oldest first.
    public static let standard = QueueQuery()

    /// Whether anything narrows the list beyond the standard query (text aside).
    public var isFiltered: Bool {
        statuses != QueueQuery.standard.statuses || !agencyCode.isEmpty || !forms.isEmpty || !kinds.isEmpty
            || assignee != .anyone || overdueOnly
    }
}
