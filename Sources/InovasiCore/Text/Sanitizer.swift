/// Makes text from the data safe for a terminal: control characters and escape sequences
/// become visible placeholders and never reach the terminal raw.
///
/// - C0 controls become their U+2400 pictures (`␛` for ESC, so `ESC [2J` shows as `␛[2J`
///   and cannot clear the screen), DEL becomes `␡`, C1 controls become `�`.
/// - Bidi controls (embeddings, overrides, isolates, marks) become `�`, so data cannot reorder
///   what is drawn after it.
/// - A tab becomes one space; a line break becomes `␤` on one line (``clean(_:)``), or splits
///   the text (``cleanLines(_:)``).
/// - A grapheme keeps at most four combining marks, so stacked marks cannot smear the screen.
///
/// Lone surrogates cannot occur: a Swift `String` repairs invalid UTF-8 and UTF-16 to `�`
/// when it is decoded.
public enum Sanitizer {
    /// Shown for a line break in one-line text.
    public static let newlinePlaceholder: Character = "\u{2424}"
    /// Shown for a control character that has no picture of its own.
    public static let replacement: Character = "\u{FFFD}"
    /// Most combining marks one grapheme keeps.
    static let maxMarksPerGrapheme = 4

    /// The printable form of `text` on one line: controls become `␛`, `␀`… (U+2400 block) or `�`.
    public static func clean(_ text: String) -> String {
        if isSafe(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            out.append(contentsOf: cleanGrapheme(character))
        }
        return out
    }

    /// The printable lines of multi-line text: split at every line break, each line cleaned.
    ///
    /// `"a\r\nb"` gives `["a", "b"]`; an empty text gives one empty line.
    public static func cleanLines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for character in text {
            if character.isNewline, !isPageControl(character) {
                lines.append(line)
                line = ""
            } else {
                line.append(contentsOf: cleanGrapheme(character))
            }
        }
        lines.append(line)
        return lines
    }

    /// A printable replacement for one grapheme; unchanged when it is already safe.
    public static func cleanGrapheme(_ character: Character) -> String {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii != 0x7F { return String(character) }
        if character.isNewline, !isPageControl(character) { return String(newlinePlaceholder) }
        if character == "\t" { return " " }
        let scalars = character.unicodeScalars
        let markCount = scalars.reduce(0) { $0 + (isMark($1) ? 1 : 0) }
        guard markCount > maxMarksPerGrapheme || scalars.contains(where: isUnsafe) else {
            return String(character)
        }
        var out = ""
        var marksKept = 0
        for scalar in scalars {
            if isMark(scalar) {
                marksKept += 1
                if marksKept > maxMarksPerGrapheme { continue }
            }
            out.unicodeScalars.append(contentsOf: placeholder(for: scalar).unicodeScalars)
        }
        return out
    }

    /// Whether `text` needs no change: one pass over the scalars, no allocation, so the common
    /// case of clean data costs little on every frame.
    static func isSafe(_ text: String) -> Bool {
        var marksInRow = 0
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20, scalar.value < 0x7F {
                marksInRow = 0
                continue
            }
            if isUnsafe(scalar) { return false }
            if isMark(scalar) {
                marksInRow += 1
                if marksInRow > maxMarksPerGrapheme { return false }
            } else {
                marksInRow = 0
            }
        }
        return true
    }

    /// Vertical tab and form feed: shown as their own pictures rather than as line breaks.
    static func isPageControl(_ character: Character) -> Bool {
        character == "\u{0B}" || character == "\u{0C}"
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: scalar.value != 0xFE0F && scalar.value != 0xFE0E
        default: false
        }
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.isBidiControl
            || value == 0x2028 || value == 0x2029
    }

    static func placeholder(for scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return String(picture) }
        if value == 0x7F { return "\u{2421}" }
        if value == 0x2028 || value == 0x2029 { return String(newlinePlaceholder) }
        if isUnsafe(scalar) { return String(replacement) }
        return String(scalar)
    }
}
