/// Makes text from the data safe for a terminal: control characters and escape sequences
/// become visible placeholders and never reach the terminal raw.
public enum Sanitizer {
    /// The printable form of `text` on one line: controls become `␛`, `␀`… (U+2400 block) or `�`.
    public static func clean(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            out.append(contentsOf: cleanGrapheme(character))
        }
        return out
    }

    /// A printable replacement for one grapheme; unchanged when it is already safe.
    public static func cleanGrapheme(_ character: Character) -> String {
        guard character.unicodeScalars.contains(where: isUnsafe) else { return String(character) }
        var out = ""
        for scalar in character.unicodeScalars {
            out.unicodeScalars.append(contentsOf: placeholder(for: scalar).unicodeScalars)
        }
        return out
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    static func placeholder(for scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return String(picture) }
        if value == 0x7F { return "\u{2421}" }
        if isUnsafe(scalar) { return "\u{FFFD}" }
        return String(scalar)
    }
}
