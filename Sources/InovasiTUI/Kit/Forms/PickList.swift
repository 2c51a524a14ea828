import Foundation
import InovasiCore

/// A list of options narrowed by typing: a single pick (the option under the cursor), a single pick
/// that also takes free entry (the typed text when no option is under the cursor), or many picks
/// (`Space` toggles the option under the cursor).
public struct PickList: Hashable, Sendable {
    /// Every option, in order.
    public var options: [String]
    /// Whether many options may be picked.
    public var isMultiple: Bool
    /// Whether the typed text itself may be the value (a single pick only).
    public var takesFreeEntry: Bool
    /// What narrows the list.
    public var search = TextInput()
    /// Picked options (many), in the order of `options`.
    public var picked: [String] = []
    /// Index in ``visible`` of the option under the cursor.
    public var cursor = 0
    /// How many options the form shows at once.
    public var rowsShown = 6

    /// A list of `options`; `picked` are already chosen (many) or the current one (single).
    public init(options: [String], isMultiple: Bool = false, takesFreeEntry: Bool = false, picked: [String] = []) {
        self.options = options
        self.isMultiple = isMultiple
        self.takesFreeEntry = takesFreeEntry
        self.picked = picked
        if !isMultiple, let first = picked.first {
            if let index = options.firstIndex(of: first) {
                cursor = index
            } else if takesFreeEntry {
                search = TextInput(first)
            }
        }
    }

    /// The options whose text contains the search, ignoring case and accents.
    public var visible: [String] {
        let needle = search.text.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return options }
        return options.filter { $0.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    /// The value: the picked options (many); the option under the cursor, else the free text (single).
    public var value: [String] {
        if isMultiple { return picked }
        let shown = visible
        if shown.indices.contains(cursor) { return [shown[cursor]] }
        let free = search.text.trimmingCharacters(in: .whitespaces)
        return takesFreeEntry && !free.isEmpty ? [free] : []
    }

    /// Moves the cursor by `delta`; false when it would leave the list (the form then moves field).
    mutating func move(_ delta: Int) -> Bool {
        let target = cursor + delta
        guard visible.indices.contains(target) else { return false }
        cursor = target
        return true
    }

    /// Picks or unpicks the option under the cursor (many).
    mutating func toggle() {
        let shown = visible
        guard isMultiple, shown.indices.contains(cursor) else { return }
        let option = shown[cursor]
        if picked.contains(option) {
            picked.removeAll { $0 == option }
        } else {
            picked = options.filter { picked.contains($0) || $0 == option }
        }
    }

    /// Keeps the cursor inside the list after the search changed; with free entry and no exact
    /// match, no option is under the cursor so the typed text is the value.
    mutating func narrowed() {
        let shown = visible
        let typed = search.text.trimmingCharacters(in: .whitespaces)
        if !isMultiple, takesFreeEntry, !typed.isEmpty {
            cursor = shown.firstIndex { $0.caseInsensitiveCompare(typed) == .orderedSame } ?? -1
        } else {
            cursor = min(max(cursor, 0), max(shown.count - 1, 0))
        }
    }
}
