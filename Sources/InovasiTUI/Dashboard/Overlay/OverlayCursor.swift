/// Scrolling and the cursor of an overlay over its kept document, `visible` lines at a time.
///
/// The cursor rule: the cursor is on an item in view, or nil when no item is in view. A scroll
/// that pushes the cursor out moves it to the nearest item still in view.
extension Overlay {
    /// Lines of the kept document.
    var lineCount: Int { document?.lines.count ?? 0 }

    /// The largest scroll: the last line at the bottom.
    func lastScroll(_ visible: Int) -> Int { max(0, lineCount - visible) }

    /// Whether `line` is on screen.
    func shows(_ line: Int, _ visible: Int) -> Bool { line >= scroll && line < scroll + visible }

    /// Takes a newly built document: the cursor stays on the same item when it is still listed,
    /// and is kept in view; otherwise the rule picks one.
    mutating func adopt(_ new: OverlayDocument, visible: Int) {
        let item = selectedItem
        document = new
        documentBuilds += 1
        match = nil
        cursor = item.flatMap { item in new.itemLines.first { new.lines[$0].item == item } }
        clampScroll(visible)
        if let cursor { reveal(cursor, visible) }
        settle(visible)
    }

    /// Keeps the scroll between the first and the last line.
    mutating func clampScroll(_ visible: Int) {
        scroll = max(0, min(scroll, lastScroll(visible)))
    }

    /// Scrolls as little as it takes to show `line`.
    mutating func reveal(_ line: Int, _ visible: Int) {
        if line < scroll {
            scroll = line
        } else if line >= scroll + visible {
            scroll = line - visible + 1
        }
        clampScroll(visible)
    }

    /// The last line of the item at `line`: the lines under it up to a blank line or the next item
    /// (an innovation's summary, a session's fields, a history entry's note).
    func blockEnd(of line: Int) -> Int {
        guard let lines = document?.lines else { return line }
        var end = line
        while end + 1 < lines.count, lines[end + 1].item == nil,
            !lines[end + 1].plainText.allSatisfy(\.isWhitespace)
        {
            end += 1
        }
        return end
    }

    /// Scrolls as little as it takes to show the item at `line` with the lines under it, or as
    /// many of them as fit with the item's own line still on screen.
    mutating func revealItem(_ line: Int, _ visible: Int) {
        let end = blockEnd(of: line)
        if end >= scroll + visible { scroll = min(line, end - visible + 1) }
        if line < scroll { scroll = line }
        clampScroll(visible)
    }

    /// Applies the cursor rule after a scroll: a cursor left above the view moves to the first item
    /// in view, one left below to the last, and no cursor takes the first item that came into view.
    mutating func settle(_ visible: Int) {
        let lines = document?.lines ?? []
        if let cursor, shows(cursor, visible), lines.indices.contains(cursor), lines[cursor].item != nil { return }
        let items = document?.itemLines ?? []
        let shown = items.drop { $0 < scroll }.prefix { $0 < scroll + visible }
        if let cursor, cursor >= scroll + visible {
            self.cursor = shown.last
        } else {
            self.cursor = shown.first
        }
    }

    /// One step of `j` (down) or `k` (up): to the next item when every line before it has been on
    /// screen (it is in view, or the line just past the edge), scrolling to show it with the lines
    /// under it; otherwise one line of scroll, so no text between items is skipped.
    mutating func step(down: Bool, _ visible: Int) {
        let items = document?.itemLines ?? []
        if down {
            let from = cursor ?? scroll - 1
            if let next = items.first(where: { $0 > from }), next <= scroll + visible {
                cursor = next
                revealItem(next, visible)
            } else {
                scroll += 1
            }
        } else {
            let from = cursor ?? scroll + visible
            if let previous = items.last(where: { $0 < from }), previous >= scroll - 1 {
                cursor = previous
                revealItem(previous, visible)
            } else {
                scroll -= 1
            }
        }
        clampScroll(visible)
        settle(visible)
    }
}
