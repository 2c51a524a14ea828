/// Fits text into terminal columns by display width: truncate, pad and word-wrap.
///
/// Every function sanitises its input first (``Sanitizer``), so the widths it computes are the
/// widths a terminal will draw; results are safe to print.
public enum TextLayout {
    /// The default mark for text that was cut.
    public static let ellipsis = "…"

    /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    ///
    /// A wide grapheme that would straddle the limit is left out, so the result may be one
    /// column narrower than `width`; trailing spaces before the ellipsis are dropped.
    public static func truncate(
        _ text: String, toWidth width: Int, ellipsis: String = TextLayout.ellipsis
    ) -> String {
        let clean = Sanitizer.clean(text)
        guard width > 0 else { return "" }
        guard DisplayWidth.of(clean) > width else { return clean }
        let mark = Sanitizer.clean(ellipsis)
        let markWidth = DisplayWidth.of(mark)
        guard markWidth <= width else { return prefix(mark, width: width) }
        var kept = prefix(clean, width: width - markWidth)
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + mark
    }

    /// `text` made exactly `width` columns wide: truncated with "…" or padded with spaces.
    ///
    /// When a wide grapheme leaves a one-column gap after truncation, the gap is padded too.
    public static func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, toWidth: width)
        let gap = width - DisplayWidth.of(fitted)
        guard gap > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }

    /// `text` word-wrapped into lines of at most `width` columns.
    ///
    /// Line breaks in the text start new paragraphs (an empty line stays empty); runs of spaces
    /// collapse to one; a word longer than a line is broken between graphemes. A single grapheme
    /// wider than `width` gets a line of its own. No lines for a width below 1.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return Sanitizer.cleanLines(text).flatMap { wrapParagraph($0, width: width) }
    }

    /// The longest prefix of `text` (already clean) that fits in `width` columns.
    static func prefix(_ text: String, width: Int) -> String {
        var out = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            guard used + columns <= width else { break }
            out.append(character)
            used += columns
        }
        return out
    }

    static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            let needed = line.isEmpty ? wordWidth : lineWidth + 1 + wordWidth
            if needed <= width {
                if !line.isEmpty { line.append(" ") }
                line += word
                lineWidth = needed
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var pieces = hardBreak(String(word), width: width)
            let last = pieces.removeLast()
            lines.append(contentsOf: pieces)
            line = last
            lineWidth = DisplayWidth.of(last)
        }
        lines.append(line)
        return lines
    }

    /// `word` cut into pieces of at most `width` columns (a too-wide grapheme stands alone).
    static func hardBreak(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for character in word {
            let columns = DisplayWidth.of(character)
            if used + columns > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(character)
            used += columns
        }
        pieces.append(piece)
        return pieces
    }
}
