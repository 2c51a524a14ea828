import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi sessions --uncovered [--days N]`: the OPDs without a main innovation and without a
/// session (not cancelled) from today through N days ahead, the ones mentoring must reach.
enum SessionsUncovered {
    static func run(days: Int, today: CalendarDay, _ format: FormatOptions, _ context: CommandContext) throws {
        let last = today.adding(days: days - 1)
        let store = try context.openStore(.readOnly)
        let agencies = try store.uncoveredAgencies(
            from: today.start(in: context.zone), to: last.adding(days: 1).start(in: context.zone))
        let style = OutputStyle(context, format)
        context.console.out(try render(agencies, from: today, to: last, style: style, format.value))
    }

    static func render(
        _ agencies: [Agency], from: CalendarDay, to: CalendarDay, style: OutputStyle, _ format: OutputFormat
    ) throws -> String {
        let language = style.language
        switch format {
        case .csv:
            return style.csv(
                header: ["code", "name", "kind"], rows: agencies.map { [$0.code, $0.name, $0.kind.rawValue] })
        case .json:
            return try JSONOutput.encode(
                UncoveredDocument(
                    from: from.description, to: to.description,
                    opds: agencies.map { UncoveredDocument.OPD(code: $0.code, name: $0.name, kind: $0.kind.rawValue) }))
        case .table, .markdown:
            var table = TextTable(columns: [
                TextTable.Column(OpdText.codeHeading.text(language)),
                TextTable.Column(RemovalText.nameHeading.text(language), maxWidth: 60),
            ])
            for agency in agencies { table.add([agency.code, agency.name]) }
            let title = SessionsText.uncoveredTitle(
                city: style.city, from: DateText.long(from, language), to: DateText.long(to, language))
            let notes = agencies.isEmpty ? [SessionsText.uncoveredNone.text(language)] : []
            return style.titled(title.text(language), table, markdown: format == .markdown, notes: notes)
        }
    }
}

/// The uncovered OPDs as one JSON document.
struct UncoveredDocument: Encodable {
    /// One OPD under stable English keys.
    struct OPD: Encodable {
        var code: String
        var name: String
        var kind: String
    }

    /// First day looked at, `YYYY-MM-DD`.
    var from: String
    /// Last day looked at (included).
    var to: String
    var opds: [OPD]
}
