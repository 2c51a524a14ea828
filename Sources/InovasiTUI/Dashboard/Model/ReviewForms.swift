import InovasiCore

/// A form over the dashboard for one review task; `Esc` leaves it.
public enum ReviewForm: Hashable, Sendable {
    case score(ScoreForm)
    case decision(DecisionForm)
    case assign(AssignForm)
    case filter(FilterForm)

    /// Whether the person is typing into a text field of the form (keys then type, not command).
    public var isEditingText: Bool {
        switch self {
        case .score(let form): form.isEditingNote
        case .decision(let form): form.isEditingNote
        case .filter(let form): form.isEditingAgency
        case .assign: false
        }
    }
}

/// The scoring form: the five PP 38/2017 criteria (1–5), a note for each and an overall note.
public struct ScoreForm: Hashable, Sendable {
    public var proposalID: Int64
    public var title: String
    public var values: [ReviewCriterion: Int] = [:]
    public var criterionNotes: [ReviewCriterion: String] = [:]
    public var note = ""
    /// 0–4 the criteria, 5 the overall note, 6 the save button.
    public var row = 0
    public var isEditingNote = false

    /// Rows of the form: five criteria, the overall note, save.
    public static let rowCount = ReviewCriterion.allCases.count + 2
    static let noteRow = ReviewCriterion.allCases.count
    static let saveRow = ReviewCriterion.allCases.count + 1

    public init(proposalID: Int64, title: String) {
        self.proposalID = proposalID
        self.title = title
    }

    /// The criterion of the current row, when it is one.
    public var criterion: ReviewCriterion? {
        ReviewCriterion.allCases.indices.contains(row) ? ReviewCriterion.allCases[row] : nil
    }

    /// Whether every criterion has a value, so the score can be saved.
    public var isComplete: Bool { values.count == ReviewCriterion.allCases.count }
}

/// A decision with its note, then a confirmation showing the title and the decision.
public struct DecisionForm: Hashable, Sendable {
    public var proposalID: Int64
    public var title: String
    public var version: Int64
    public var event: ProposalEvent = .approve
    public var note = ""
    /// 0 the decision, 1 the note, 2 continue.
    public var row = 0
    public var isEditingNote = false
    /// The last step: "Approve #42 'Posyandu Digital'?".
    public var isConfirming = false

    /// The decisions a reviewer chooses from, in order.
    public static let choices: [ProposalEvent] = [.approve, .requestRevision, .reject]
    public static let rowCount = 3

    public init(proposalID: Int64, title: String, version: Int64) {
        self.proposalID = proposalID
        self.title = title
        self.version = version
    }
}

/// The reviewer picker for assigning one or several proposals.
public struct AssignForm: Hashable, Sendable {
    /// Proposal id → the version the person saw (absent when not known).
    public var targets: [Int64: Int64]
    public var reviewers: [User] = []
    public var isLoaded = false
    public var selected = 0

    public init(targets: [Int64: Int64]) {
        self.targets = targets
    }
}

/// The queue filter: a draft of the query, applied on `Enter`.
public struct FilterForm: Hashable, Sendable {
    public var query: QueueQuery
    /// 0 status, 1 OPD, 2 bentuk, 3 jenis, 4 assignee, 5 overdue only, 6 sort, 7 order.
    public var row = 0
    public var isEditingAgency = false

    public static let rowCount = 8

    public init(query: QueueQuery) {
        self.query = query
    }

    /// The status sets the status row cycles through: waiting, each status alone, all.
    public static let statusChoices: [Set<ProposalStatus>] =
        [[.submitted, .inReview]] + ProposalStatus.allCases.map { [$0] } + [Set(ProposalStatus.allCases)]
}
