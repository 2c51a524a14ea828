/// What an intent did to a form, for the feature that owns it.
public enum FormOutcome: Hashable, Sendable {
    /// The form stays open (edited, moved, or asking a question).
    case stay
    /// The values passed every check and every question was answered yes: save them.
    case submit
    /// The person closed the form: keep a draft if the form keeps drafts, else drop it.
    case close
}
