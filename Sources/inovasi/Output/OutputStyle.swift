import Foundation
import InovasiCore

/// What every output needs to know besides its rows: language, zone, clock, city, and whether the
/// text goes to a terminal (then even CSV fields are cleaned of control characters).
struct OutputStyle: Sendable {
    var language: Language
    var zone: TimeZone
    var now: Date
    var city: String
    var overdueDays: Int
    var toTerminal: Bool

    init(_ context: CommandContext) {
        language = context.language
        zone = context.zone
        now = context.now
        city = context.settings.cityName
        overdueDays = context.settings.overdueDays
        toTerminal = context.console.outputIsTerminal
    }

    /// A whole number in the chosen language's format.
    func number(_ value: Int) -> String { NumberText.grouped(value, language) }

    /// Today in the display zone, written out.
    var today: String { DateText.long(now, in: zone, language) }

    /// A CSV document; fields are cleaned only when the text goes to a terminal.
    func csv(header: [String], rows: [[String]]) -> String {
        let clean = toTerminal ? rows.map { $0.map(Sanitizer.clean) } : rows
        return CSVText.document(header: header, rows: clean)
    }

    /// A table under a title: the terminal gets a plain title line, Markdown a heading.
    func titled(_ title: String, _ table: TextTable, markdown: Bool, notes: [String] = []) -> String {
        let cleanTitle = Sanitizer.clean(title)
        if markdown {
            let noteText = notes.map { Sanitizer.clean($0) + "\n" }.joined()
            return "## \(cleanTitle)\n\n" + table.markdown() + (notes.isEmpty ? "" : "\n" + noteText)
        }
        return cleanTitle + "\n\n" + table.render() + notes.map { Sanitizer.clean($0) + "\n" }.joined()
    }
}

/// JSON for scripts: sorted keys, ISO 8601 dates, stable English keys whatever the language.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
