import InovasiCore

/// A form: its fields, the field with the focus, what saving found, and the question asked.
///
/// One model serves every form; a feature builds the fields, reads the values back on submit and
/// adds its own errors and warnings (``FormIssues``). The kit's reducer (``FormReducer``) edits it.
public struct FormModel: Hashable, Sendable {
    /// The fields, top to bottom.
    public var fields: [FormField]
    /// The label of the save button, the last stop of `Tab` after the fields.
    public var submitLabel: Localized
    /// Index of the focused field; `fields.count` is the save button.
    public var focus = 0
    /// Whether the focused field is being edited: `Esc` then leaves the field instead of the form.
    public var isEditing = false
    /// What the last attempt to save found wrong, each naming its field.
    public var errors: [FormIssue] = []
    /// What the form waits for an answer to, if anything.
    public var question: FormQuestion?
    /// Whether closing keeps the values as a draft, so closing never asks.
    public var keepsDraft = false
    /// The values when the form opened (or was loaded): "changed" compares against them.
    public var initialValues: [FieldValue]

    /// A form of `fields` with a save button labelled `submitLabel`.
    public init(fields: [FormField], submitLabel: Localized, keepsDraft: Bool = false) {
        self.fields = fields
        self.submitLabel = submitLabel
        self.keepsDraft = keepsDraft
        self.initialValues = fields.map(\.kind.value)
    }

    /// Whether any value differs from when the form opened.
    public var hasChanges: Bool { fields.map(\.kind.value) != initialValues }

    /// Takes the current values as the unchanged ones (after loading saved values into the form).
    public mutating func markUnchanged() { initialValues = fields.map(\.kind.value) }

    /// Whether the save button has the focus.
    public var isOnSubmit: Bool { focus == fields.count }

    /// Whether printable keys type into the form: a text-like field has the focus and nothing is asked.
    public var isTyping: Bool {
        question == nil && fields.indices.contains(focus) && fields[focus].kind.takesTyping
    }

    /// The field named `id`.
    public subscript(id: String) -> FormField? {
        get { fields.first { $0.id == id } }
        set {
            guard let newValue, let index = fields.firstIndex(where: { $0.id == id }) else { return }
            fields[index] = newValue
        }
    }

    /// The focused field, if a field (not the button) has the focus.
    public var focused: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    /// Records an error on field `id` and moves the focus there, as a failed save does.
    public mutating func addError(_ message: Localized, field id: String?) {
        errors.append(FormIssue(field: id, message: message))
        if let id, let index = fields.firstIndex(where: { $0.id == id }) { focus = index }
    }
}

/// One thing saving found: an error (blocks) or a warning (asks), naming its field when it has one.
public struct FormIssue: Hashable, Sendable {
    /// The field's id; nil for the form as a whole.
    public var field: String?
    /// What is wrong or worth a second look.
    public var message: Localized

    /// An issue about field `field` (nil: the whole form).
    public init(field: String?, message: Localized) {
        self.field = field
        self.message = message
    }
}

/// What saving found beyond the kit's own rules: a feature's errors and warnings, and a question
/// to ask even when all is well ("Reject #42 “…”?").
public struct FormIssues: Hashable, Sendable {
    /// Block saving.
    public var errors: [FormIssue] = []
    /// Do not block, but saving asks for a second confirmation showing them.
    public var warnings: [FormIssue] = []
    /// Asked before saving even without warnings.
    public var question: Localized?

    /// Issues found by a feature.
    public init(errors: [FormIssue] = [], warnings: [FormIssue] = [], question: Localized? = nil) {
        self.errors = errors
        self.warnings = warnings
        self.question = question
    }

    /// No issues and no question.
    public static let none = FormIssues()
}

/// A question the form waits for an answer to.
public enum FormQuestion: Hashable, Sendable {
    /// Save despite these warnings (and answer the feature's question)? Yes saves, no goes back.
    case save(warnings: [FormIssue], question: Localized?)
    /// Throw the changes away? Yes closes, no goes back.
    case discard
}
