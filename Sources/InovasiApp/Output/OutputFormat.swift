/// The output format of commands that print data.
///
/// In InovasiApp, beside the formatters, so the benchmark can ask for every format the command
/// line offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown
}
