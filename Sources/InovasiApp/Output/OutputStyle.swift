import Foundation
import InovasiCore

/// What every output needs to know besides its rows: language, zone, clock, city, and whether the
/// text goes to a terminal (then even CSV fields are cleaned of control characters).
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
    /// Whether the text goes to a terminal, where even CSV fields must be cleaned.
    public var toTerminal: Bool

    /// A style from its parts; the command line builds one from its context.
    public init(language: Language, zone: TimeZone, now: Date, city: String, overdueDays: Int, toTerminal: Bool) {
        self.language = language
        self.zone = zone
        self.now = now
        self.city = city
        self.overdueDays = overdueDays
        self.toTerminal = toTerminal
    }

    /// A whole number in the chosen language's format.
    public func number(_ value: Int) -> String { NumberText.grouped(value, language) }

    /// Today in the display zone, written out.
    public var today: String { DateText.long(now, in: zone, language) }

    /// A CSV document; fields are cleaned only when the text goes to a terminal.
    public func csv(header: [String], rows: [[String]]) -> String {
        let clean = toTerminal ? rows.map { $0.map(Sanitizer.clean) } : rows
        return CSVText.document(header: header, rows: clean)
    }

    /// A table under a title: the terminal gets a plain title line, Markdown a heading.
    public func titled(_ title: String, _ table: TextTable, markdown: Bool, notes: [String] = []) -> String {
        let cleanTitle = Sanitizer.clean(title)
        if markdown {
            let noteText = notes.map { Sanitizer.clean($0) + "\n" }.joined()
            return "## \(cleanTitle)\n\n" + table.markdown() + (notes.isEmpty ? "" : "\n" + noteText)
        }
        return cleanTitle + "\n\n" + table.render() + notes.map { Sanitizer.clean($0) + "\n" }.joined()
    }
}

/// JSON for scripts: sorted keys, ISO 8601 dates, stable English keys whatever the language.
public enum JSONOutput {
    /// `value` as pretty-printed JSON with sorted keys and ISO 8601 dates, ending in a newline.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
