/// Fits text from the data into terminal columns by display width, never by character count.
///
/// CJK characters and most emoji take two columns, combining marks none: counting `Character`s
/// would break every column after such a title.
public enum TextFit {
    /// `text` cut to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            out.append(character)
            used += columns
        }
        return out + "…"
    }

    /// `text` padded with spaces to exactly `width` columns (or left as is when wider).
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let missing = width - DisplayWidth.of(text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return alignRight ? spaces + text : text + spaces
    }
}
