import InovasiCore

/// A line of text being typed with a caret between graphemes: the editing part of every text-like
/// field (text, multi-line, number, date, time, the search of a pick list, a grid row's note).
public struct TextInput: Hashable, Sendable {
    /// What has been typed, control characters never included.
    public private(set) var text: String
    /// Graphemes before the caret, 0…`text.count`.
    public private(set) var caret: Int

    /// `text` with the caret at its end.
    public init(_ text: String = "") {
        self.text = Sanitizer.clean(text)
        self.caret = self.text.count
    }

    /// Inserts a printable character at the caret; a control character is refused (false).
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        guard Sanitizer.cleanGrapheme(character) == String(character) else { return false }
        text.insert(character, at: index(caret))
        caret += 1
        return true
    }

    /// Erases the grapheme before the caret.
    public mutating func erase() {
        guard caret > 0 else { return }
        text.remove(at: index(caret - 1))
        caret -= 1
    }

    /// Erases the word before the caret with the spaces after it (`Ctrl-W`).
    public mutating func eraseWord() {
        var start = caret
        let characters = Array(text)
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        text.removeSubrange(index(start)..<index(caret))
        caret = start
    }

    /// Empties the text (`Ctrl-U`).
    public mutating func clear() {
        text = ""
        caret = 0
    }

    /// Replaces the whole text, the caret at its end.
    public mutating func set(_ value: String) {
        self = TextInput(value)
    }

    /// Moves the caret by `delta` graphemes, staying inside the text.
    public mutating func move(_ delta: Int) {
        caret = max(0, min(text.count, caret + delta))
    }

    /// The caret at the start (`Home`) or the end (`End`).
    public mutating func jump(toEnd: Bool) {
        caret = toEnd ? text.count : 0
    }

    /// The text with `mark` drawn at the caret, for the focused field.
    public func marked(_ mark: Character = "▏") -> String {
        var shown = text
        shown.insert(mark, at: index(caret))
        return shown
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }
}
