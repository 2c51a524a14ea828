/// Finishing touches on JSON text so no invisible control leaves the program raw.
///
/// Foundation's `JSONEncoder` escapes C0 controls (as JSON requires) but writes DEL, the C1
/// controls U+0080–U+009F, the bidi controls (U+061C, U+200E/F, U+202A–202E, U+2066–2069) and
/// the line and paragraph separators U+2028/2029 as they are; a terminal or viewer showing the
/// file may act on them or reorder the text around them. ``escapingControls(_:)`` rewrites them.
public enum JSONText {
    /// `json` (the output of a JSON encoder) with every such character written as a `\uXXXX`
    /// escape. A JSON parser reads back exactly the same strings.
    ///
    /// Sound on encoder output because outside its strings an encoder writes only ASCII
    /// punctuation, digits, letters and whitespace: every character replaced is inside a string,
    /// where `\uXXXX` is the standard escape.
    public static func escapingControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `scalar` is written as a `\u` escape rather than raw.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return false }
        return value <= 0x9F || value == 0x2028 || value == 0x2029 || scalar.properties.isBidiControl
    }

    /// `\u` and four lowercase hex digits (every such scalar is in the Basic Multilingual Plane).
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
