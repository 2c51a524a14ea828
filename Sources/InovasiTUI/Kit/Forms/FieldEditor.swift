import InovasiCore

/// Edits the focused field by one intent, by its kind: the editing keys of text, the choices of a
/// choice, the toggles of a list, the levels of a grid.
enum FieldEditor {
    static func edit(_ form: inout FormModel, _ intent: FormIntent) {
        guard var field = form.focused else { return }
        let before = field.kind.value
        let passesGrid = isLastRowPick(field.kind, intent)
        if var input = field.kind.input, editText(&input, intent, field.kind) {
            field.kind.input = input
        } else {
            field.kind = editValue(field.kind, intent)
        }
        if field.kind.value != before { form.errors.removeAll { $0.field == field.id } }
        if field.kind.takesTyping, field.kind.value != before || isTextEdit(intent) { form.isEditing = true }
        form.fields[form.focus] = field
        if passesGrid { FormReducer.moveFocus(&form, 1) }
    }

    /// Whether `intent` picks a level on a grid's last row, which then moves on to the next field.
    static func isLastRowPick(_ kind: FieldKind, _ intent: FormIntent) -> Bool {
        guard case .grid(let grid) = kind, !grid.isEditingNote, case .typed(let character) = intent,
            let digit = character.wholeNumberValue
        else { return false }
        return grid.cursor == grid.rows.count - 1 && grid.level(forDigit: digit) != nil
    }

    /// `y`/`n` on a yes/no field.
    static func flag(_ form: inout FormModel, _ yes: Bool) {
        guard case .yesNo = form.focused?.kind else { return }
        form.fields[form.focus].kind = .yesNo(yes)
    }

    static func isTextEdit(_ intent: FormIntent) -> Bool {
        switch intent {
        case .typed, .erase, .eraseWord, .clearField: true
        default: false
        }
    }

    /// The editing keys of text; false when the intent is not one for text here (Space in a list
    /// of many picks toggles instead of typing).
    static func editText(_ input: inout TextInput, _ intent: FormIntent, _ kind: FieldKind) -> Bool {
        if case .pick(let list) = kind, list.isMultiple, intent == .typed(" ") || intent == .toggle { return false }
        switch intent {
        case .typed(let character): input.insert(character)
        case .erase: input.erase()
        case .eraseWord: input.eraseWord()
        case .clearField: input.clear()
        case .left: input.move(-1)
        case .right: input.move(1)
        case .home: input.jump(toEnd: false)
        case .end: input.jump(toEnd: true)
        default: return false
        }
        return true
    }

    /// The keys of the kinds without text: cycle a choice, flip yes/no, toggle a pick, step a level.
    static func editValue(_ kind: FieldKind, _ intent: FormIntent) -> FieldKind {
        switch kind {
        case .choice(let options, let selected):
            return .choice(options, selected: choose(options.count, selected, intent))
        case .yesNo(let flag):
            switch intent {
            case .left, .right, .toggle: return .yesNo(!flag)
            case .typed("y"), .typed("Y"): return .yesNo(true)
            case .typed("n"), .typed("N"): return .yesNo(false)
            default: return kind
            }
        case .pick(var list):
            if intent == .toggle || intent == .typed(" ") { list.toggle() }
            return .pick(list)
        case .grid(var grid):
            level(&grid, intent)
            return .grid(grid)
        default:
            return kind
        }
    }

    /// The choice after `intent`: Left/Right/Space cycle, a digit picks that option.
    static func choose(_ count: Int, _ selected: Int, _ intent: FormIntent) -> Int {
        guard count > 0 else { return selected }
        switch intent {
        case .left: return (selected - 1 + count) % count
        case .right, .toggle: return (selected + 1) % count
        case .typed(let character):
            guard let digit = character.wholeNumberValue, (1...count).contains(digit) else { return selected }
            return digit - 1
        default: return selected
        }
    }

    /// Left/Right step the row's level; a digit picks that level and moves to the next row.
    static func level(_ grid: inout LevelGrid, _ intent: FormIntent) {
        switch intent {
        case .left: grid.step(-1)
        case .right, .toggle: grid.step(1)
        case .typed(let character):
            guard let digit = character.wholeNumberValue, let level = grid.level(forDigit: digit),
                grid.picks.indices.contains(grid.cursor), grid.isCursorEditable
            else { return }
            grid.picks[grid.cursor] = level
            if grid.cursor < grid.rows.count - 1 { grid.cursor += 1 }
        default: break
        }
    }

    /// The kind as it stays once the focus leaves it: numbers, days and times written the form's
    /// way when they parse (else left as typed, for the error to name), a row's note finished.
    static func normalised(_ kind: FieldKind) -> FieldKind {
        switch kind {
        case .number(let input, let range):
            guard let value = FieldParsing.number(input.text) else { return kind }
            return .number(TextInput(FieldParsing.numberText(value)), range: range)
        case .date(let input, let range):
            guard let day = FieldParsing.date(input.text) else { return kind }
            return .date(TextInput(FieldParsing.dateText(day)), range: range)
        case .time(let input):
            guard let time = FieldParsing.time(input.text) else { return kind }
            return .time(TextInput(time.description))
        case .grid(var grid) where grid.isEditingNote:
            grid.finishNote()
            return .grid(grid)
        default:
            return kind
        }
    }
}
