import Foundation
import InovasiApp
import InovasiCore

/// One indicator of `iid evidence` under stable English keys: what is recorded, or nulls.
struct IIDEvidenceRow: Encodable {
    var indicator: String
    var name: String
    /// `evidence` (entered), `enactment` (regulasi read from the penetapan) or `none`.
    var source: String
    var level: Int?
    var document: String
    var note: String
    var enteredBy: String?
    /// ISO 8601 in UTC.
    var enteredAt: String?
    /// Whether the indicator reads the penetapan (shown, not encoded).
    var fromEnactment = false

    enum CodingKeys: String, CodingKey {
        case indicator, name, source, level, document, note, enteredBy, enteredAt
    }

    /// Every key always, nulls included, so scripts read one shape.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(name, forKey: .name)
        try container.encode(source, forKey: .source)
        try container.encode(level, forKey: .level)
        try container.encode(document, forKey: .document)
        try container.encode(note, forKey: .note)
        try container.encode(enteredBy, forKey: .enteredBy)
        try container.encode(enteredAt, forKey: .enteredAt)
    }

    static let header = ["indicator", "name", "source", "level", "document", "note", "enteredBy", "enteredAt"]

    var fields: [String] {
        [indicator, name, source, level.map(String.init) ?? "", document, note, enteredBy ?? "", enteredAt ?? ""]
    }

    /// A row per indicator, in the rules' order.
    static func rows(
        indicators: [IIDIndicator], records: [IIDEvidence], enactment: Enactment?, style: OutputStyle
    ) -> [IIDEvidenceRow] {
        let byNumber = Dictionary(records.map { ($0.indicator, $0) }, uniquingKeysWith: { _, last in last })
        return indicators.map { indicator in
            var row = IIDEvidenceRow(
                indicator: indicator.number, name: indicator.name, source: "none", level: nil, document: "", note: "",
                fromEnactment: indicator.fromEnactment)
            if indicator.fromEnactment {
                guard let enactment else { return row }
                row.source = "enactment"
                row.level = IIDScore.level(of: enactment.kind)
                let day = CalendarDay(containing: enactment.on, in: style.zone).description
                row.document = "\(enactment.kind.label.text(style.language)) \(enactment.number) (\(day))"
            } else if let record = byNumber[indicator.number] {
                row.source = "evidence"
                row.level = record.level
                row.document = record.document
                row.note = record.note
                row.enteredBy = record.enteredBy
                row.enteredAt = ISO8601.text(record.enteredAt)
            }
            return row
        }
    }
}

/// `iid evidence` in the four formats.
struct IIDEvidenceListing {
    let title: String
    let year: Int
    let rows: [IIDEvidenceRow]
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: return heading + "\n" + table().render()
        case .markdown: return "## " + heading + "\n\n" + table().markdown()
        case .csv: return style.csv(header: IIDEvidenceRow.header, rows: rows.map(\.fields))
        case .json: return try JSONOutput.encode(rows)
        }
    }

    private var heading: String {
        let entered = rows.filter { $0.source != "none" }.count
        return IIDEvidenceText.heading(target: title, year: year, entered: entered, of: rows.count)
            .text(style.language)
    }

    private func table() -> TextTable {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(IIDRulesText.numberColumn.text(language)),
            TextTable.Column(IIDRulesText.nameColumn.text(language), maxWidth: 36),
            TextTable.Column(IIDEvidenceText.levelColumn.text(language), alignment: .right),
            TextTable.Column(IIDEvidenceText.documentColumn.text(language), maxWidth: 40),
            TextTable.Column(ReviewMessageText.historyNote.text(language), maxWidth: 30),
            TextTable.Column(InnovationColumnText.by.text(language)),
            TextTable.Column(IIDEvidenceText.whenColumn.text(language)),
        ])
        for row in rows {
            let document =
                row.fromEnactment
                ? (row.level == nil
                    ? IIDEvidenceText.noEnactment : IIDEvidenceText.fromEnactment(row.document)).text(language)
                : row.document.isEmpty ? "–" : row.document
            table.add([
                row.indicator, row.name, row.level.map(String.init) ?? "–", document, row.note.isEmpty ? "–" : row.note,
                row.enteredBy ?? "–", when(row),
            ])
        }
        return table
    }

    private func when(_ row: IIDEvidenceRow) -> String {
        guard let text = row.enteredAt, let date = try? Date(text, strategy: .iso8601) else { return "–" }
        let day = CalendarDay(containing: date, in: style.zone).description
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = style.zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return day + " " + String(format: "%02d.%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
