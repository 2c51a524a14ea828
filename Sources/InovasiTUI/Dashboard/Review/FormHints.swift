import InovasiCore

/// A form's key hints, with the keys read from the key map in force, so they follow it: only the
/// words are written by hand (in ``ReviewText``), never the keys.
struct FormHints {
    /// One hint: the keys of some actions and what they do in this form.
    struct Item {
        /// Groups of actions, written one after the other with "atau"/"or" between groups.
        var groups: [[DashboardAction]]
        /// What the keys do here.
        var label: Localized
        /// How many keys of each action are shown (`Enter/Esc` shows two of one binding).
        var keysPerAction = 1
    }

    var context: KeyContext
    var items: [Item]

    /// The hint line in `language`; an item whose keys are all unbound is left out.
    func text(_ keyMap: KeyMap, _ language: Language) -> String {
        let bindings = keyMap.bindings(in: context)
        return items.compactMap { item -> String? in
            guard !item.groups.isEmpty else { return item.label.text(language) }
            let groups = item.groups.compactMap { group($0, item.keysPerAction, bindings, language) }
            guard !groups.isEmpty else { return nil }
            let keys = groups.joined(separator: " \(ReviewText.or.text(language)) ")
            return "\(keys) \(item.label.text(language))"
        }.joined(separator: "  ")
    }

    /// The keys of `actions`: a run of digits as `1–5`, single symbols side by side (`↑↓`), else `a/b`.
    func group(_ actions: [DashboardAction], _ count: Int, _ bindings: [KeyBinding], _ language: Language)
        -> String?
    {
        let names = actions.flatMap { action in
            (bindings.first { $0.action == action }?.keys.prefix(count) ?? []).map { KeyNames.name($0, language) }
        }
        guard let first = names.first, let last = names.last else { return nil }
        let digits = names.compactMap { Int($0) }
        if names.count > 2, digits.count == names.count, digits == Array(digits[0]...digits[0] + digits.count - 1) {
            return "\(first)–\(last)"
        }
        if count == 1, names.allSatisfy({ $0.count == 1 }) { return names.joined() }
        return names.joined(separator: "/")
    }
}

extension FormHints {
    static let moved: [DashboardAction] = [.form(.up), .form(.down)]
    static let changed: [DashboardAction] = [.form(.left), .form(.right)]
    static func digits(_ top: Int) -> [DashboardAction] {
        (1...top).compactMap { Character(String($0)) }.map { .form(.typed($0)) }
    }

    /// The hints for what `form` is doing now: a question, typing, or its own moves.
    static func hints(for form: ReviewForm) -> FormHints {
        let model = form.model
        if let question = model.question {
            if case .decision = form, case .save = question { return confirm }
            return answer
        }
        if case .grid(let grid) = model.focused?.kind, grid.isEditingNote { return text }
        if case .assign = form { return pick }
        if model.isTyping { return typing }
        switch form {
        case .score: return score
        case .decision: return decision
        case .assign: return pick
        case .filter: return filter
        case .iidChecklist(let form): return form.isWhatIf ? whatIf : checklist
        case .auditFilter: return auditFilter
        case .stageBack, .innovation, .admin, .proposal, .session, .sessionClose, .calendarExport, .undo:
            return stageBack
        }
    }

    static let score = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(groups: [changed, digits(5)], label: ReviewText.valueHint),
            Item(groups: [[.form(.submit)]], label: ReviewText.noteSaveHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.leaveDraftHint),
        ])
    static let decision = FormHints(
        context: .form,
        items: [
            Item(groups: [changed, digits(3)], label: ReviewText.chooseHint),
            Item(groups: [[.form(.submit)]], label: ReviewText.noteContinueHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.cancelHint),
        ])
    static let confirm = FormHints(
        context: .form,
        items: [
            Item(groups: [[.form(.submit)]], label: ReviewText.yesDecideHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.backHint),
        ])
    /// A yes/no question of the form (discard the changes, save despite warnings).
    static let answer = FormHints(
        context: .form,
        items: [
            Item(groups: [[.form(.submit)]], label: FormText.yes),
            Item(groups: [[.form(.escape)]], label: ReviewText.backHint),
        ])
    /// Typing a note of a row.
    static let text = FormHints(
        context: .textInput,
        items: [
            Item(groups: [], label: ReviewText.typeNoteHint),
            Item(groups: [[.form(.submit), .form(.escape)]], label: ReviewText.doneHint),
        ])
    /// Typing into a text field: the field takes the keys at once.
    static let typing = FormHints(
        context: .textInput,
        items: [
            Item(groups: [], label: ReviewText.typeHint),
            Item(groups: [[.form(.nextField), .form(.previousField)]], label: ReviewText.fieldHint),
            Item(groups: [[.form(.submit)]], label: ReviewText.submitHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.leaveFieldHint),
            Item(groups: [[.form(.clearField)]], label: ReviewText.clearHint),
        ])
    static let pick = FormHints(
        context: .textInput,
        items: [
            Item(groups: [], label: ReviewText.typeToNarrowHint),
            Item(groups: [moved], label: ReviewText.chooseHint),
            Item(groups: [[.form(.submit)]], label: ReviewText.assignHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.cancelHint),
        ])
    static let filter = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(groups: [changed], label: ReviewText.changeHint),
            Item(groups: [[.form(.submit)]], label: ReviewText.applyHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.cancelHint),
        ])

    /// The audit view's filter: a kind of record, a user, a text.
    static let auditFilter = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(groups: [changed], label: ReviewText.changeHint),
            Item(groups: [[.form(.submit)]], label: AuditText.applyHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.cancelHint),
        ])

    /// The stage-back form: choose the stage, write the note, move back.
    static let stageBack = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(groups: [changed], label: ReviewText.chooseHint),
            Item(groups: [[.form(.submit)]], label: ReviewText.submitHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.cancelHint),
        ])
}
