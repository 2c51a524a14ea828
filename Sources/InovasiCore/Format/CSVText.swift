/// Comma-separated values per RFC 4180, for spreadsheets and scripts.
///
/// Lines end in CRLF; a field is quoted when it holds a comma, a quote, a CR or an LF, and quotes
/// inside are doubled. ``field(_:)``, ``line(_:)`` and ``document(header:rows:)`` only quote;
/// what a field may hold is decided before: ``printable(_:)`` makes its control characters
/// visible, ``CSVFormulaGuard`` keeps a spreadsheet from running it.
public enum CSVText {
    /// One field, quoted when it must be.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, terminated by CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A whole document: the header record, then the rows.
    public static func document(header: [String], rows: [[String]]) -> String {
        line(header) + rows.map(line).joined()
    }

    /// `value` with every control character made visible as on the screen (``Sanitizer``: `␛`,
    /// `␇`, `␀`…, `�` for C1 and bidi controls, a tab as one space), except the line breaks CR,
    /// LF and CRLF, which RFC 4180 allows inside a quoted field and which stay as they are.
    ///
    /// So a file written from hostile data can be shown with `cat` or `less` without an escape
    /// sequence reaching the terminal, and a multi-line note keeps its lines.
    public static func printable(_ value: String) -> String {
        if Sanitizer.isSafe(value) { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            if character == "\n" || character == "\r" || character == "\r\n" {
                out.append(character)
            } else {
                out.append(contentsOf: Sanitizer.cleanGrapheme(character))
            }
        }
        return out
    }
}
