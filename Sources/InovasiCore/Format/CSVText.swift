/// Comma-separated values per RFC 4180, for spreadsheets and scripts.
///
/// Lines end in CRLF; a field is quoted when it holds a comma, a quote, a CR or an LF, and quotes
/// inside are doubled. Field values are written as they are: a file must give back the same data.
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
}
