import InovasiCore

/// Rows that each pick one of the same levels (a rubric, a checklist), with an optional note per row.
public struct LevelGrid: Hashable, Sendable {
    /// The rows' labels.
    public var rows: [Localized]
    /// The levels' labels, shown side by side; a digit picks the level of that number.
    public var levels: [String]
    /// The level picked per row (index in `levels`), nil where none yet.
    public var picks: [Int?]
    /// The note per row; empty when the grid keeps no notes.
    public var notes: [String]
    /// The row under the cursor.
    public var cursor = 0
    /// Whether the note of the cursor's row is being typed.
    public var isEditingNote = false
    /// The note being typed.
    public var noteInput = TextInput()
    /// A second note per row (a document beside a remark); empty when a row keeps one note.
    public var secondNotes: [String]
    /// The labels of the first and second note; empty: the kit's "Catatan" for the one note.
    public var noteLabels: [Localized] = []
    /// Which note of the cursor's row is being typed: 0 the first, 1 the second.
    public var noteSlot = 0
    /// Rows shown but not changed here (a value read from elsewhere): their level and notes stay.
    public var lockedRows: Set<Int> = []
    /// Per row, the text of each level (a rubric's descriptors), shown under the focused row; empty
    /// where none is known.
    public var levelTexts: [[String]] = []

    /// A grid with nothing picked; `hasNotes` gives each row a note, `hasSecondNote` a second one.
    public init(rows: [Localized], levels: [String], hasNotes: Bool = false, hasSecondNote: Bool = false) {
        self.rows = rows
        self.levels = levels
        self.picks = Array(repeating: nil, count: rows.count)
        self.notes = hasNotes || hasSecondNote ? Array(repeating: "", count: rows.count) : []
        self.secondNotes = hasSecondNote ? Array(repeating: "", count: rows.count) : []
    }

    /// Whether each row has a note.
    public var hasNotes: Bool { !notes.isEmpty }

    /// Whether each row has a second note.
    public var hasSecondNote: Bool { !secondNotes.isEmpty }

    /// Whether the cursor's row may be changed.
    public var isCursorEditable: Bool { !lockedRows.contains(cursor) }

    /// The text of the level picked on `row`, or "" when none is known.
    public func levelText(row: Int) -> String {
        guard levelTexts.indices.contains(row), let pick = picks[row], levelTexts[row].indices.contains(pick) else {
            return ""
        }
        return levelTexts[row][pick]
    }

    /// Whether every row has a level.
    public var isComplete: Bool { picks.allSatisfy { $0 != nil } }

    /// The level a typed digit picks: the level labelled with it when the labels are numbers
    /// (`0`–`2`, `1`–`5`), else the level at that position from 1.
    public func level(forDigit digit: Int) -> Int? {
        if levels.contains(where: { Int($0) != nil }) { return levels.firstIndex(of: String(digit)) }
        return levels.indices.contains(digit - 1) ? digit - 1 : nil
    }

    /// Moves the cursor by `delta` rows; false when it would leave the grid.
    mutating func move(_ delta: Int) -> Bool {
        let target = cursor + delta
        guard rows.indices.contains(target) else { return false }
        cursor = target
        return true
    }

    /// The level of the cursor's row moved by `delta`; an empty row moves from the middle level.
    mutating func step(_ delta: Int) {
        guard picks.indices.contains(cursor), !levels.isEmpty, isCursorEditable else { return }
        let current = picks[cursor] ?? (levels.count - 1) / 2
        picks[cursor] = max(0, min(levels.count - 1, current + delta))
    }

    /// Starts typing the cursor's note, goes on from the first note to the second, or finishes.
    mutating func toggleNote() {
        guard hasNotes, notes.indices.contains(cursor), isCursorEditable else { return }
        if isEditingNote {
            keepNote()
            if noteSlot == 0, hasSecondNote {
                noteSlot = 1
                noteInput = TextInput(secondNotes[cursor])
                return
            }
            isEditingNote = false
        } else {
            noteSlot = 0
            noteInput = TextInput(notes[cursor])
            isEditingNote = true
        }
    }

    /// Finishes typing the cursor's note, keeping what was typed.
    mutating func finishNote() {
        keepNote()
        isEditingNote = false
        noteSlot = 0
    }

    /// Copies the note being typed into its row, so the value is current while typing.
    mutating func keepNote() {
        guard isEditingNote else { return }
        if noteSlot == 1, secondNotes.indices.contains(cursor) {
            secondNotes[cursor] = noteInput.text
        } else if notes.indices.contains(cursor) {
            notes[cursor] = noteInput.text
        }
    }
}
