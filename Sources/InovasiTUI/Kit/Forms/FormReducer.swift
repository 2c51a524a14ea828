import InovasiCore

/// Edits a ``FormModel`` by an intent: the one reducer of every form.
///
/// `Esc` follows one rule: in a field being edited it leaves the field (the value stays); on the
/// form it closes it, at once when the form keeps drafts or nothing changed, else after "discard
/// the changes? y/n". `Enter` saves from any field (a grid row with notes opens its note instead):
/// the kit's rules and the feature's `check` run; errors block and name their field, warnings and a
/// feature's question ask for a second confirmation.
public enum FormReducer {
    /// Applies `intent` to `form`; `check` adds the feature's own errors, warnings and question.
    public static func reduce(
        _ form: inout FormModel, _ intent: FormIntent, check: (FormModel) -> FormIssues = { _ in .none }
    ) -> FormOutcome {
        if let question = form.question { return answer(&form, question, intent) }
        switch intent {
        case .submit:
            if case .grid(var grid) = form.focused?.kind, grid.hasNotes {
                grid.toggleNote()
                form.fields[form.focus].kind = .grid(grid)
                form.isEditing = grid.isEditingNote
                return .stay
            }
            return submit(&form, check)
        case .escape: return escape(&form)
        case .nextField: moveFocus(&form, 1)
        case .previousField: moveFocus(&form, -1)
        case .up: moveInside(&form, -1)
        case .down: moveInside(&form, 1)
        case .confirm, .deny: FieldEditor.flag(&form, intent == .confirm)
        default: FieldEditor.edit(&form, intent)
        }
        return .stay
    }

    /// Yes or no to the question on screen; `Enter` is yes and `Esc` no, as are `y` and `n`.
    static func answer(_ form: inout FormModel, _ question: FormQuestion, _ intent: FormIntent) -> FormOutcome {
        let yes: Bool
        switch intent {
        case .confirm, .submit, .typed("y"), .typed("Y"): yes = true
        case .deny, .escape, .typed("n"), .typed("N"): yes = false
        default: return .stay
        }
        form.question = nil
        guard yes else { return .stay }
        if case .discard = question { return .close }
        return .submit
    }

    static func escape(_ form: inout FormModel) -> FormOutcome {
        if case .grid(var grid) = form.focused?.kind, grid.isEditingNote {
            grid.finishNote()
            form.fields[form.focus].kind = .grid(grid)
            form.isEditing = false
            return .stay
        }
        if form.isEditing {
            leaveField(&form)
            return .stay
        }
        if form.keepsDraft || !form.hasChanges { return .close }
        form.question = .discard
        return .stay
    }

    static func submit(_ form: inout FormModel, _ check: (FormModel) -> FormIssues) -> FormOutcome {
        leaveField(&form)
        let own = FormValidation.issues(form)
        let feature = check(form)
        let errors = own.errors + feature.errors
        form.errors = []
        guard errors.isEmpty else {
            for error in errors { form.addError(error.message, field: error.field) }
            if let first = errors.first?.field, let index = form.fields.firstIndex(where: { $0.id == first }) {
                form.focus = index
            }
            return .stay
        }
        let warnings = own.warnings + feature.warnings
        if !warnings.isEmpty || feature.question != nil {
            form.question = .save(warnings: warnings, question: feature.question)
            return .stay
        }
        return .submit
    }

    /// Moves the focus to the next or previous stop (fields, then the button), wrapping around.
    static func moveFocus(_ form: inout FormModel, _ delta: Int) {
        leaveField(&form)
        let stops = form.fields.count + 1
        form.focus = (form.focus + delta + stops) % stops
    }

    /// Up/Down: through a list's options or a grid's rows, leaving it at its edges.
    static func moveInside(_ form: inout FormModel, _ delta: Int) {
        switch form.focused?.kind {
        case .pick(var list):
            if list.move(delta) {
                form.fields[form.focus].kind = .pick(list)
                return
            }
        case .grid(var grid) where !grid.isEditingNote:
            if grid.move(delta) {
                form.fields[form.focus].kind = .grid(grid)
                return
            }
        default: break
        }
        moveFocus(&form, delta)
    }

    /// The field stops being edited: a number, date or time is written the way the form shows it.
    static func leaveField(_ form: inout FormModel) {
        form.isEditing = false
        guard form.fields.indices.contains(form.focus) else { return }
        form.fields[form.focus].kind = FieldEditor.normalised(form.fields[form.focus].kind)
    }
}
