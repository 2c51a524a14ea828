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

    /// A grid with nothing picked; `hasNotes` gives each row a note.
    public init(rows: [Localized], levels: [String], hasNotes: Bool = false) {
        self.rows = rows
        self.levels = levels
        self.picks = Array(repeating: nil, count: rows.count)
        self.notes = hasNotes ? Array(repeating: "", count: rows.count) : []
    }

    /// Whether each row has a note.
    public var hasNotes: Bool { !notes.isEmpty }

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
        guard picks.indices.contains(cursor), !levels.isEmpty else { return }
        let current = picks[cursor] ?? (levels.count - 1) / 2
        picks[cursor] = max(0, min(levels.count - 1, current + delta))
    }

    /// Starts or finishes typing the cursor's note.
    mutating func toggleNote() {
        guard hasNotes, notes.indices.contains(cursor) else { return }
        if isEditingNote {
            notes[cursor] = noteInput.text
        } else {
            noteInput = TextInput(notes[cursor])
        }
        isEditingNote.toggle()
    }

    /// Copies the note being typed into its row, so the value is current while typing.
    mutating func keepNote() {
        if isEditingNote, notes.indices.contains(cursor) { notes[cursor] = noteInput.text }
    }
}
