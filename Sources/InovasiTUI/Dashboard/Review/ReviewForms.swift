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
    /// The proposal being scored.
    public var proposalID: Int64
    /// Its title, shown at the top of the form so the reviewer knows what they score.
    public var title: String
    /// The scores chosen so far, 1–5 per criterion.
    public var values: [ReviewCriterion: Int] = [:]
    /// The reviewer's reasoning per criterion, where they wrote one.
    public var criterionNotes: [ReviewCriterion: String] = [:]
    /// The overall note on the proposal.
    public var note = ""
    /// 0–4 the criteria, 5 the overall note, 6 the save button.
    public var row = 0
    /// Whether keys type into the note of the current row instead of moving or scoring.
    public var isEditingNote = false

    /// Rows of the form: five criteria, the overall note, save.
    public static let rowCount = ReviewCriterion.allCases.count + 2
    static let noteRow = ReviewCriterion.allCases.count
    static let saveRow = ReviewCriterion.allCases.count + 1

    /// An empty form; the reviewer's saved scores are loaded into it when there are some.
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
    /// The proposal being decided.
    public var proposalID: Int64
    /// Its title, shown in the confirmation.
    public var title: String
    /// The row version the reviewer saw; a change made meanwhile makes the store refuse the decision.
    public var version: Int64
    /// The decision chosen, one of ``choices``.
    public var event: ProposalEvent = .approve
    /// The reason given; required to request revision or to reject.
    public var note = ""
    /// 0 the decision, 1 the note, 2 continue.
    public var row = 0
    /// Whether keys type into the note instead of moving between rows.
    public var isEditingNote = false
    /// The last step: "Approve #42 'Posyandu Digital'?".
    public var isConfirming = false

    /// The decisions a reviewer chooses from, in order.
    public static let choices: [ProposalEvent] = [.approve, .requestRevision, .reject]
    /// Rows of the form: decision, note, continue.
    public static let rowCount = 3

    /// A decision form on approve with no note, for the proposal at the version the reviewer saw.
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
    /// The people who may review, to choose from; empty until loaded.
    public var reviewers: [User] = []
    /// Whether the reviewer list has arrived, so the form can say "loading" meanwhile.
    public var isLoaded = false
    /// Index in `reviewers` of the person under the cursor.
    public var selected = 0

    /// A picker for `targets` (proposal id → version seen); the reviewer list loads afterwards.
    public init(targets: [Int64: Int64]) {
        self.targets = targets
    }
}

/// The queue filter: a draft of the query, applied on `Enter`.
public struct FilterForm: Hashable, Sendable {
    /// The query being edited; the queue keeps its own until `Enter`.
    public var query: QueueQuery
    /// 0 status, 1 OPD, 2 bentuk, 3 jenis, 4 assignee, 5 overdue only, 6 sort, 7 order.
    public var row = 0
    /// Whether keys type into the OPD code instead of moving between rows.
    public var isEditingAgency = false

    /// Rows of the form, one per part of the query (see `row`).
    public static let rowCount = 8

    /// A form starting from the queue's current query.
    public init(query: QueueQuery) {
        self.query = query
    }

    /// The status sets the status row cycles through: waiting, each status alone, all.
    public static let statusChoices: [Set<ProposalStatus>] =
        [Set(ProposalStatus.waiting)] + ProposalStatus.allCases.map { [$0] } + [Set(ProposalStatus.allCases)]
}
