import InovasiCore
import Testing

@Suite("CSVFormulaGuard")
struct FormatCSVFormulaGuardTests {
    /// Cells a spreadsheet would run, and what the guard writes for each.
    static let formulas: [(String, String)] = [
        ("=1+1", "'=1+1"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\nx", "'\nx"),
        ("  =HYPERLINK(\"http://x\")", "'  =HYPERLINK(\"http://x\")"), ("\u{FF1D}1+1", "'\u{FF1D}1+1"),
        ("-", "'-"), ("-1e5", "'-1e5"), ("-1.", "'-1."),
    ]

    @Test("puts an apostrophe before a cell starting with =, +, -, @, tab, CR or LF", arguments: formulas)
    func guardsFormulas(_ value: String, _ expected: String) {
        #expect(CSVFormulaGuard.guarded(value) == expected)
        #expect(CSVFormulaGuard.unguarded(expected) == value)
    }

    @Test("leaves plain text, pure numbers and empty cells alone")
    func leavesPlainCells() {
        for value in ["", "Dinas Kesehatan", "-2", "-1.5", "42", "0.25", "2026-12-07T02:30:00Z", "a=b", " x", "KEL-X"] {
            #expect(CSVFormulaGuard.guarded(value) == value, "\(value)")
        }
    }

    @Test("guards a cell that starts with an apostrophe too, so the guard stays unambiguous")
    func guardsApostrophes() {
        #expect(CSVFormulaGuard.guarded("'=1+1") == "''=1+1")
        #expect(CSVFormulaGuard.guarded("'quoted") == "''quoted")
        #expect(CSVFormulaGuard.unguarded("''quoted") == "'quoted")
        #expect(CSVFormulaGuard.unguarded("plain") == "plain")
    }

    @Test("unguarded(guarded(s)) == s, and no guarded cell starts a formula")
    func roundTrip() {
        let pieces = ["=", "+", "-", "@", "'", "\t", "\r", "\n", " ", "1", "a", ".", "\u{FF20}", "é", "🚀", "\u{1B}"]
        var values: Set<String> = [""]
        for first in pieces {
            for second in pieces {
                for third in pieces { values.insert(first + second + third) }
            }
        }
        for value in values {
            let guarded = CSVFormulaGuard.guarded(value)
            #expect(CSVFormulaGuard.unguarded(guarded) == value, "\(value.debugDescription)")
            if guarded != value { #expect(guarded.hasPrefix("'")) }
            let blanks = " \t\r\n".unicodeScalars
            let lead = guarded.unicodeScalars.first { !blanks.contains($0) }
            let startsBlank = guarded.unicodeScalars.first.map { $0 != " " && blanks.contains($0) } ?? false
            let startsFormula = startsBlank || lead.map { "=+-@\u{FF20}".unicodeScalars.contains($0) } ?? false
            let isNumber = guarded.first == "-" && Double(guarded) != nil
            #expect(guarded.hasPrefix("'") || !startsFormula || isNumber, "\(value.debugDescription)")
        }
    }
}
