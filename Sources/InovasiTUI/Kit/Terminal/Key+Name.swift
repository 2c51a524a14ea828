import Foundation

/// Reading keys from their written names, as the help writes them (`Ctrl-F`, `PgDn`, `Shift-Tab`).
extension Key {
    /// The key named `name`, or nil for a name it does not know.
    ///
    /// A single character is that character exactly, so `n` and `N` stay two keys. Every other name
    /// is read without regard to case, because it names a key rather than a letter: `Ctrl-F`,
    /// `ctrl-f` and `CTRL+f` are all Ctrl-F (a terminal sends the same byte for both), `PgDn` is
    /// `pgdn`, `F5` is `f5`. The arrows are `Up` `Down` `Left` `Right` or `↑` `↓` `←` `→`; the space
    /// bar is `Space` or `Spasi`.
    public init?(name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 1, let character = trimmed.first {
            self = Self.arrows[character] ?? .character(character)
            return
        }
        let word = trimmed.lowercased()
        if let key = Self.named[word] {
            self = key
        } else if let key = Self.controlKey(word) ?? Self.functionKey(word) {
            self = key
        } else {
            return nil
        }
    }

    static let arrows: [Character: Key] = ["↑": .up, "↓": .down, "←": .left, "→": .right]

    /// Names of the keys that are not characters, in lower case.
    static let named: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter,
        "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab, "shift+tab": .backTab,
        "backtab": .backTab, "backspace": .backspace, "del": .delete, "delete": .delete,
        "space": .character(" "), "spasi": .character(" "),
    ]

    /// `ctrl-x` or `ctrl+x` with one letter: Ctrl with that letter, in lower case.
    static func controlKey(_ word: String) -> Key? {
        for prefix in ["ctrl-", "ctrl+"] where word.hasPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isLetter else { return nil }
            return .control(letter)
        }
        return nil
    }

    /// `f1` … `f24`: a function key.
    static func functionKey(_ word: String) -> Key? {
        guard word.hasPrefix("f"), let number = Int(word.dropFirst()), (1...24).contains(number) else { return nil }
        return .function(number)
    }
}
