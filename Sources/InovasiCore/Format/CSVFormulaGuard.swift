/// Keeps a spreadsheet from running a CSV cell as a formula, reversibly.
///
/// Excel, LibreOffice and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` (or
/// their full-width forms), or with a tab, CR or LF, as a formula, which can run commands or send
/// data away (CSV injection). ``guarded(_:)`` puts one apostrophe `'` before such a cell, so it
/// is read as text. A pure decimal number such as `-2` or `-1.5` is left alone: it is a number,
/// not a formula, and a script must still read it as one.
///
/// The guard is reversible and unambiguous: a cell that already starts with `'` gets a second
/// one too, so every guarded cell starts with `'`, and ``unguarded(_:)`` only has to drop that
/// first apostrophe to give the original value back, whatever the value was.
public enum CSVFormulaGuard {
    /// The mark put before a cell a spreadsheet would run.
    public static let mark: Unicode.Scalar = "'"

    /// Characters that make a cell a formula when they start it (after any leading blanks).
    static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// Leading characters a spreadsheet may skip before it looks for a formula.
    static let blanks: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n"]

    /// `value`, with ``mark`` before it when ``needsGuard(_:)`` says so.
    public static func guarded(_ value: String) -> String {
        needsGuard(value) ? String(Character(mark)) + value : value
    }

    /// The value a guarded cell stood for: `value` without its first ``mark``, if it has one.
    ///
    /// For every string `s`, `unguarded(guarded(s)) == s`; an importer applies it to every cell
    /// of a file written with the guard on.
    public static func unguarded(_ value: String) -> String {
        guard value.unicodeScalars.first == mark else { return value }
        return String(value.unicodeScalars.dropFirst())
    }

    /// Whether `value` must be guarded: it starts with ``mark`` (so the guard stays reversible),
    /// with a tab, CR or LF, or its first character after leading blanks starts a formula; a
    /// pure decimal number is never guarded.
    public static func needsGuard(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        guard let first = scalars.first else { return false }
        if first == mark || first == "\t" || first == "\r" || first == "\n" { return true }
        if isPlainNumber(value) { return false }
        guard let lead = scalars.first(where: { !blanks.contains($0) }) else { return false }
        return formulaStarts.contains(lead)
    }

    /// Whether `value` is `-?digits(.digits)?`, a number every spreadsheet reads as a number.
    static func isPlainNumber(_ value: String) -> Bool {
        var digits = Substring(value)
        if digits.first == "-" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
