/// The output format of commands that print data.
///
/// In InovasiApp, beside the formatters, so the benchmark can ask for every format the command
/// line offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 CSV with stable English headers, for spreadsheets.
    case csv
    /// JSON with stable English keys and sorted keys, for scripts.
    case json
    /// A GitHub-flavoured Markdown table, for minutes and reports.
    case markdown
}
