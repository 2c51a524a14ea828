import Foundation
import InovasiCore

/// A form over the dashboard for one review task, each built on the form kit (``FormModel``).
public enum ReviewForm: Hashable, Sendable {
    /// Scoring a proposal on the five criteria.
    case score(ScoreForm)
    /// Approving, asking for revision or rejecting a proposal.
    case decision(DecisionForm)
    /// Picking the reviewer for the marked proposals.
    case assign(AssignForm)
    /// Filtering and sorting the queue.
    case filter(FilterForm)
    /// Moving an innovation back to an earlier stage (an OPD's detail, `<`).
    case stageBack(StageBackForm)
    /// A new innovation of an OPD or one edited (an OPD's detail, `+` and `e`).
    case innovation(InnovationEditor)
    /// Narrowing the audit trail (the audit view, `f`).
    case auditFilter(AuditFilterForm)
    /// A change of the administration view (an OPD, a bidang, a user).
    case admin(AdminForm)
    /// A new proposal, or the one under the cursor edited (the queue's `+` and `e`).
    case proposal(ProposalForm)
    /// A new mentoring session, or the one under the cursor edited (the calendar's `+` and `e`).
    case session(SessionForm)
    /// Cancelling a session or marking it done (the calendar's `c` and `x`).
    case sessionClose(SessionCloseForm)
    /// The calendar's range to an .ics file (the calendar pane's `E`).
    case calendarExport(CalendarExportForm)
    /// "Undo the approval of #36 by you at 10.02?" before `u` undoes a decision.
    case undo(UndoForm)
    /// An innovation's IID checklist, or its what-if levels in the planner (issue 15).
    case iidChecklist(IIDChecklistForm)

    /// The kit's form inside.
    public var model: FormModel {
        switch self {
        case .score(let form): form.form
        case .decision(let form): form.form
        case .assign(let form): form.form
        case .filter(let form): form.form
        case .stageBack(let form): form.form
        case .innovation(let form): form.form
        case .auditFilter(let form): form.form
        case .admin(let form): form.form
        case .proposal(let form): form.form
        case .session(let form): form.form
        case .sessionClose(let form): form.form
        case .calendarExport(let form): form.form
        case .undo(let form): form.form
        case .iidChecklist(let form): form.form
        }
    }

    /// Whether the person is typing into a text field of the form (keys then type, not command).
    public var isEditingText: Bool { model.isTyping }
}

/// The scoring form: the five PP 38/2017 criteria (1–5) as a grid with a note per criterion, and an
/// overall note. It keeps a draft when left.
public struct ScoreForm: Hashable, Sendable {
    /// The proposal being scored.
    public var proposalID: Int64
    /// Its title, shown at the top of the form so the reviewer knows what they score.
    public var title: String
    /// The fields: `criteria` (a grid of levels 1–5 with notes) and `note`.
    public var form: FormModel

    /// An empty form; the reviewer's saved scores are loaded into it when there are some.
    public init(proposalID: Int64, title: String) {
        self.proposalID = proposalID
        self.title = title
        let grid = LevelGrid(
            rows: ReviewCriterion.allCases.map(\.label), levels: (1...5).map(String.init), hasNotes: true)
        form = FormModel(
            fields: [
                FormField("criteria", ReviewText.criteria, .grid(grid)),
                FormField("note", ReviewText.overallNote, .multiline(TextInput())),
            ], submitLabel: ReviewText.save, keepsDraft: true)
    }

    var grid: LevelGrid? {
        if case .grid(let grid) = form["criteria"]?.kind { return grid }
        return nil
    }

    /// The scores chosen so far, 1–5 per criterion.
    public var values: [ReviewCriterion: Int] {
        guard let grid else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: zip(ReviewCriterion.allCases, grid.picks).compactMap { criterion, pick in
                pick.map { (criterion, $0 + 1) }
            })
    }

    /// The reviewer's reasoning per criterion, where they wrote one.
    public var criterionNotes: [ReviewCriterion: String] {
        guard let grid else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: zip(ReviewCriterion.allCases, grid.notes).filter { !$0.1.isEmpty })
    }

    /// The overall note on the proposal.
    public var note: String { form["note"]?.text ?? "" }

    /// Whether every criterion has a value, so the score can be saved.
    public var isComplete: Bool { values.count == ReviewCriterion.allCases.count }

    /// Puts the reviewer's saved score into the form, as its unchanged state.
    public mutating func load(_ score: ReviewScore) {
        guard var grid else { return }
        grid.picks = ReviewCriterion.allCases.map { score.values[$0].map { $0 - 1 } }
        grid.notes = ReviewCriterion.allCases.map { score.criterionNotes[$0] ?? "" }
        form["criteria"]?.kind = .grid(grid)
        form["note"]?.kind = .multiline(TextInput(score.note))
        form.markUnchanged()
    }

    /// Saving needs all five criteria.
    func issues(_ form: FormModel) -> FormIssues {
        isComplete ? .none : FormIssues(errors: [FormIssue(field: "criteria", message: ReviewText.scoreIncomplete)])
    }
}

/// A decision with its note, then a confirmation showing the title and the decision.
public struct DecisionForm: Hashable, Sendable {
    /// The proposal being decided.
    public var proposalID: Int64
    /// Its title, shown in the confirmation.
    public var title: String
    /// The row version the reviewer saw; a change made meanwhile makes the store refuse the decision.
    public var version: Int64
    /// The fields: `event` (a choice of ``choices``) and `note`.
    public var form: FormModel
    /// With marks: every marked proposal (id → version seen), decided alike in one transaction.
    public var batch: [Int64: Int64] = [:]

    /// The decisions a reviewer chooses from, in order.
    public static let choices: [ProposalEvent] = [.approve, .requestRevision, .reject]

    /// A decision form on approve with no note, for the proposal at the version the reviewer saw.
    public init(proposalID: Int64, title: String, version: Int64) {
        self.proposalID = proposalID
        self.title = title
        self.version = version
        let options = Self.choices.enumerated().map { index, event in
            let label = ReviewText.decisionLabel(event)
            return Localized { "\(index + 1) \(label.text($0))" }
        }
        form = FormModel(
            fields: [
                FormField("event", ReviewText.decisionTitle, .choice(options, selected: 0)),
                FormField("note", FormText.note, .multiline(TextInput())),
            ], submitLabel: ReviewText.next)
    }

    /// The decision chosen.
    public var event: ProposalEvent {
        guard case .choice(_, let selected) = form["event"]?.kind, Self.choices.indices.contains(selected) else {
            return .approve
        }
        return Self.choices[selected]
    }

    /// The reason given; required to request revision or to reject.
    public var note: String { form["note"]?.text ?? "" }

    /// Whether the last step, "Approve #42 'Posyandu Digital'?", is on screen.
    public var isConfirming: Bool { form.question != nil }

    /// A note for revision and rejection; then the confirmation with the title.
    func issues(_ form: FormModel) -> FormIssues {
        if event.requiresNote, note.trimmingCharacters(in: .whitespaces).isEmpty {
            return FormIssues(errors: [FormIssue(field: "note", message: ReviewText.noteRequired)])
        }
        if batch.count > 1 {
            return FormIssues(question: ReviewBatchText.confirm(event, ids: batch.keys.sorted()))
        }
        return FormIssues(question: ReviewText.confirm(event, id: proposalID, title: title))
    }
}
