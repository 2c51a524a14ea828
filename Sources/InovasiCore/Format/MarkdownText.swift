/// Text from the data made inert inside a Markdown document.
///
/// A title such as `<script>…</script>` or `[x](javascript:…)` must show as those characters, not
/// become HTML or a link when the minutes are rendered. ``escape(_:)`` writes `<`, `>` and `&` as
/// HTML entities (which every renderer honours, also those that ignore a backslash before `<`),
/// and puts a backslash before `\`, `|` (the table's cell separator), `` ` `` and `[`, `]` (code
/// spans and link, image and reference syntax). Emphasis marks (`*`, `_`, `~`) are left as they
/// are: they can change how text looks, not what it does.
public enum MarkdownText {
    /// `text`, cleaned of control characters (``Sanitizer/clean(_:)``) and escaped for Markdown.
    public static func escape(_ text: String) -> String {
        let clean = Sanitizer.clean(text)
        guard clean.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return clean }
        var out = ""
        out.reserveCapacity(clean.utf8.count + 16)
        for scalar in clean.unicodeScalars {
            if let replacement = replacement(for: scalar) {
                out.append(replacement)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What `scalar` is written as, or nil when it stays as it is.
    static func replacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "<": "&lt;"
        case ">": "&gt;"
        case "&": "&amp;"
        case "\\", "|", "`", "[", "]": "\\" + String(scalar)
        default: nil
        }
    }
}
