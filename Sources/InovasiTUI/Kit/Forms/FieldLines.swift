import InovasiCore

/// The lines of one field, by its kind; the focused field draws a caret where typing goes.
struct FieldLines {
    var field: FormField
    var isFocused: Bool
    var language: Language

    func lines(labelWidth: Int, width: Int) -> [FormLine] {
        let label = TextLayout.pad(
            TextLayout.truncate(field.label.text(language), toWidth: labelWidth - 2), toWidth: labelWidth)
        let valueWidth = max(1, width - labelWidth - 2)
        switch field.kind {
        case .text(let input), .number(let input, _), .date(let input, _), .time(let input):
            return [FormLine(label + shown(input, valueWidth), isSelected: isFocused)]
        case .multiline(let input):
            let text = isFocused ? input.marked() : input.text
            let wrapped = TextLayout.wrap(text, width: valueWidth)
            let indent = String(repeating: " ", count: labelWidth)
            return (wrapped.isEmpty ? [""] : wrapped).enumerated().map { index, line in
                FormLine((index == 0 ? label : indent) + line, isSelected: isFocused)
            }
        case .choice(let options, let selected):
            let value = options.indices.contains(selected) ? options[selected].text(language) : ""
            return [FormLine("\(label)‹ \(value) ›", isSelected: isFocused)]
        case .yesNo(let flag):
            return [
                FormLine("\(label)‹ \((flag ? FormText.yes : FormText.no).text(language)) ›", isSelected: isFocused)
            ]
        case .pick(let list):
            return [FormLine(label + shown(list.search, valueWidth), isSelected: isFocused && list.cursor < 0)]
                + pickLines(list, indent: labelWidth)
        case .grid(let grid):
            return gridLines(grid, width: width)
        }
    }

    /// One line of typed text, its end kept in view around the caret while focused.
    func shown(_ input: TextInput, _ width: Int) -> String {
        guard isFocused else {
            if input.text.isEmpty, let placeholder = field.placeholder { return placeholder.text(language) }
            return TextLayout.truncate(input.text, toWidth: width)
        }
        return TextLayout.truncateLeading(input.marked(), toWidth: width)
    }

    /// The options around the cursor: `[x]` marks picks of many, the cursor's row is selected.
    func pickLines(_ list: PickList, indent: Int) -> [FormLine] {
        let pad = String(repeating: " ", count: indent)
        let shown = list.visible
        var lines: [FormLine] = []
        if !list.isMultiple, list.takesFreeEntry, let free = list.value.first, list.cursor < 0 {
            lines.append(FormLine("\(pad)+ \(free) (\(FormText.newEntry.text(language)))", isSelected: isFocused))
        }
        if shown.isEmpty, !list.takesFreeEntry {
            lines.append(FormLine(pad + FormText.noMatch.text(language), role: .muted))
        }
        let first = max(0, min(list.cursor - list.rowsShown / 2, shown.count - list.rowsShown))
        for (index, option) in shown.enumerated().dropFirst(first).prefix(list.rowsShown) {
            let mark =
                list.isMultiple ? (list.picked.contains(option) ? "[x] " : "[ ] ") : index == list.cursor ? "› " : "  "
            lines.append(FormLine(pad + mark + option, isSelected: isFocused && index == list.cursor))
        }
        return lines
    }

    /// The label, then a line per row with its levels side by side (`[4]` the picked one), the
    /// focused row's level text, and its notes; a row's name is cut only when the levels would not
    /// fit beside it in `width`. A locked row is drawn muted.
    func gridLines(_ grid: LevelGrid, width: Int) -> [FormLine] {
        let room = max(12, width - 3 - grid.levels.count * 3)
        let rowWidth = min(room, grid.rows.map { DisplayWidth.of($0.text(language)) }.max() ?? 0)
        var lines = [FormLine(field.label.text(language))]
        for (index, row) in grid.rows.enumerated() {
            let name = TextLayout.pad(TextLayout.truncate(row.text(language), toWidth: rowWidth), toWidth: rowWidth)
            let levels = grid.levels.enumerated().map { level, text in
                grid.picks[index] == level ? "[\(text)]" : " \(text) "
            }.joined()
            let here = isFocused && index == grid.cursor
            let role: ThemeRole = grid.lockedRows.contains(index) ? .muted : .base
            lines.append(FormLine("  \(name) \(levels)", role: role, isSelected: here && !grid.isEditingNote))
            let described = grid.levelText(row: index)
            if here, !described.isEmpty { lines.append(FormLine("      " + described, role: .muted)) }
            lines += noteLines(grid, row: index, editing: here && grid.isEditingNote)
        }
        return lines
    }

    /// A row's notes that have text (or are being typed), each after its label.
    func noteLines(_ grid: LevelGrid, row: Int, editing: Bool) -> [FormLine] {
        let values = [grid.notes, grid.secondNotes].map { $0.indices.contains(row) ? $0[row] : "" }
        var lines: [FormLine] = []
        for slot in 0..<(grid.hasSecondNote ? 2 : 1) {
            let typing = editing && grid.noteSlot == slot
            let note = typing ? grid.noteInput.marked() : values[slot]
            guard !note.isEmpty else { continue }
            let label = grid.noteLabels.indices.contains(slot) ? grid.noteLabels[slot] : FormText.note
            lines.append(
                FormLine(
                    "      \(label.text(language)): \(note)", role: typing ? .base : .muted, isSelected: typing))
        }
        return lines
    }
}
