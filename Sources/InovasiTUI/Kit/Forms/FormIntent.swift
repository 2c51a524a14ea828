/// What a person asks of a form, independent of the key that asked: the key map turns keys into
/// intents (`DashboardAction.form`), so the form kit never sees a key and the help shows the keys.
public enum FormIntent: Hashable, Sendable {
    /// A printable character: typed into a text-like field, or a digit, `y` or `n` for a choice.
    case typed(Character)
    /// Erase the character before the caret.
    case erase
    /// Erase the word before the caret.
    case eraseWord
    /// Empty the focused field.
    case clearField
    /// Caret left in text; the previous choice or level elsewhere.
    case left
    /// Caret right in text; the next choice or level elsewhere.
    case right
    /// Caret to the start of the text.
    case home
    /// Caret to the end of the text.
    case end
    /// The next field (`Tab`).
    case nextField
    /// The previous field (`Shift-Tab`).
    case previousField
    /// Up: the previous row inside a list or grid, else the previous field.
    case up
    /// Down: the next row inside a list or grid, else the next field.
    case down
    /// Cycle a choice, flip a yes/no, pick or unpick the option under the cursor (`Space`).
    case toggle
    /// Save the form (`Enter`); on a grid row with notes, write that row's note.
    case submit
    /// Leave the field being edited; else close the form (see ``FormReducer``).
    case escape
    /// Yes to the question on screen.
    case confirm
    /// No to the question on screen.
    case deny
}
