import InovasiCore

/// What a field holds and how keys edit it; the state of the editing (caret, cursor) is kept in it.
public enum FieldKind: Hashable, Sendable {
    /// One line of text.
    case text(TextInput)
    /// Text wrapped over several lines as wide as the form.
    case multiline(TextInput)
    /// A whole number, typed as `1.250.000`, `1250000` or `Rp 1.250.000`, optionally within a range.
    case number(TextInput, range: ClosedRange<Int64>?)
    /// A day, typed as `07/12/2026`, `7 Desember 2026` or `2026-12-07`, optionally within a range.
    case date(TextInput, range: ClosedRange<CalendarDay>?)
    /// A time of day, typed as `09:30` or `9.30`.
    case time(TextInput)
    /// One of a few options, cycled with Left/Right or Space, or picked by its number.
    case choice([Localized], selected: Int)
    /// A list to pick from, narrowed by typing: one or many, optionally taking free entry.
    case pick(PickList)
    /// Yes or no.
    case yesNo(Bool)
    /// Rows that each pick one level, with an optional note per row.
    case grid(LevelGrid)

    /// Whether printable keys type into the field (its text, its search or its row note).
    public var takesTyping: Bool {
        switch self {
        case .text, .multiline, .number, .date, .time, .pick: true
        case .grid(let grid): grid.isEditingNote
        case .choice, .yesNo: false
        }
    }

    /// The text being typed, for the kinds that have one.
    var input: TextInput? {
        get {
            switch self {
            case .text(let input), .multiline(let input), .number(let input, _), .date(let input, _),
                .time(let input):
                input
            case .pick(let list): list.search
            case .grid(let grid): grid.isEditingNote ? grid.noteInput : nil
            case .choice, .yesNo: nil
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .text: self = .text(newValue)
            case .multiline: self = .multiline(newValue)
            case .number(_, let range): self = .number(newValue, range: range)
            case .date(_, let range): self = .date(newValue, range: range)
            case .time: self = .time(newValue)
            case .pick(var list):
                list.search = newValue
                list.narrowed()
                self = .pick(list)
            case .grid(var grid):
                grid.noteInput = newValue
                grid.keepNote()
                self = .grid(grid)
            case .choice, .yesNo: break
            }
        }
    }

    /// The value alone, without caret or cursor: what "changed" and drafts compare.
    public var value: FieldValue {
        switch self {
        case .text(let input), .multiline(let input), .number(let input, _), .date(let input, _),
            .time(let input):
            .text(input.text)
        case .choice(_, let selected): .choice(selected)
        case .pick(let list): .picks(list.value)
        case .yesNo(let flag): .flag(flag)
        case .grid(let grid): .levels(grid.picks, notes: grid.notes + grid.secondNotes)
        }
    }
}

/// The value of a field alone, comparable between two moments of a form.
public enum FieldValue: Hashable, Sendable {
    /// What a text, multi-line, number, date or time field holds, as typed.
    case text(String)
    /// The index of the chosen option.
    case choice(Int)
    /// The picked options of a list (one for a single pick, the typed text for a free entry).
    case picks([String])
    /// Yes or no.
    case flag(Bool)
    /// A grid's level per row (nil where none) and its notes.
    case levels([Int?], notes: [String])
}
