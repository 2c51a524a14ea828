import Foundation
import InovasiCore

/// What every output needs to know besides its rows: language, zone, clock, city, whether the
/// text goes to a terminal, and whether CSV cells are guarded against formulas.
///
/// It lives in InovasiApp so the `inovasi` commands and the benchmark format with the same code.
public struct OutputStyle: Sendable {
    /// The language of headings and labels.
    public var language: Language
    /// The display zone of dates and times.
    public var zone: TimeZone
    /// The moment the output describes ("today", "generated at").
    public var now: Date
    /// The city named in titles.
    public var city: String
    /// Days after which a waiting proposal counts as overdue, quoted in notes.
    public var overdueDays: Int
    /// Whether the text goes to a terminal, where even line breaks inside CSV fields are shown
    /// as `␤`, so a CR cannot move the cursor back over what was printed.
    public var toTerminal: Bool
    /// Whether CSV cells a spreadsheet would run as a formula are guarded (``CSVFormulaGuard``);
    /// on unless `--raw` asks for the values as they are.
    public var guardsFormulas: Bool

    /// A style from its parts; the command line builds one from its context and options.
    public init(
        language: Language, zone: TimeZone, now: Date, city: String, overdueDays: Int, toTerminal: Bool,
        guardsFormulas: Bool = true
    ) {
        self.language = language
        self.zone = zone
        self.now = now
        self.city = city
        self.overdueDays = overdueDays
        self.toTerminal = toTerminal
        self.guardsFormulas = guardsFormulas
    }

    /// A whole number in the chosen language's format.
    public func number(_ value: Int) -> String { NumberText.grouped(value, language) }

    /// Today in the display zone, written out.
    public var today: String { DateText.long(now, in: zone, language) }

    /// A CSV document whose fields hold no raw control character and, unless `--raw`, no
    /// formula a spreadsheet would run.
    public func csv(header: [String], rows: [[String]]) -> String {
        CSVText.document(header: header, rows: rows.map { $0.map(csvField) })
    }

    /// One field made safe: controls made visible (line breaks kept in a file, `␤` on a
    /// terminal), then guarded against formulas when ``guardsFormulas`` is on.
    public func csvField(_ value: String) -> String {
        let printable = toTerminal ? Sanitizer.clean(value) : CSVText.printable(value)
        return guardsFormulas ? CSVFormulaGuard.guarded(printable) : printable
    }

    /// A table under a title: the terminal gets a plain title line, Markdown a heading.
    public func titled(_ title: String, _ table: TextTable, markdown: Bool, notes: [String] = []) -> String {
        if markdown {
            let noteText = notes.map { MarkdownText.escape($0) + "\n" }.joined()
            return "## \(MarkdownText.escape(title))\n\n" + table.markdown() + (notes.isEmpty ? "" : "\n" + noteText)
        }
        return Sanitizer.clean(title) + "\n\n" + table.render() + notes.map { Sanitizer.clean($0) + "\n" }.joined()
    }
}

/// JSON for scripts: sorted keys, ISO 8601 dates, stable English keys whatever the language, and
/// every control character (C0, DEL, C1, bidi, U+2028/2029) as a `\u` escape, never raw.
public enum JSONOutput {
    /// `value` as pretty-printed JSON with sorted keys and ISO 8601 dates, controls escaped
    /// (``JSONText/escapingControls(_:)``), ending in a newline.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return JSONText.escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}
