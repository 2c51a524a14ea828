import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// The removed records in the four formats.
struct RemovedOutput {
    let records: [RemovedRecord]
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table(markdown: false)
        case .markdown: table(markdown: true)
        case .csv: style.csv(header: RemovedItem.header, rows: records.map { RemovedItem($0).fields })
        case .json: try JSONOutput.encode(records.map(RemovedItem.init))
        }
    }

    func table(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(OutputText.problemKindHeading.text(language)),
            TextTable.Column(RemovalText.idHeading.text(language), alignment: .right),
            TextTable.Column(RemovalText.nameHeading.text(language), maxWidth: 48),
            TextTable.Column(RemovalText.removedAtHeading.text(language)),
            TextTable.Column(InnovationColumnText.by.text(language)),
            TextTable.Column(ReviewMessageText.historyNote.text(language), maxWidth: 50),
        ])
        for record in records {
            let time =
                DateText.medium(record.removedAt, in: style.zone, language) + " "
                + DateText.time(record.removedAt, in: style.zone, language)
            table.add([
                RemovalText.label(record.kind).text(language), String(record.id), record.name, time,
                record.removedBy, record.note,
            ])
        }
        if markdown { return table.markdown() }
        return table.render() + (records.isEmpty ? RemovalText.none.text(language) + "\n" : "")
    }
}

/// One removed record under stable English keys.
struct RemovedItem: Encodable {
    var kind: String
    var id: Int64
    var name: String
    var removedAt: Date
    var removedBy: String
    var note: String

    static let header = ["kind", "id", "name", "removedAt", "removedBy", "note"]

    enum CodingKeys: String, CodingKey {
        case kind, id, name, removedAt, removedBy, note
    }

    init(_ record: RemovedRecord) {
        kind = record.kind.rawValue
        id = record.id
        name = record.name
        removedAt = record.removedAt
        removedBy = record.removedBy
        note = record.note
    }

    var fields: [String] {
        [kind, String(id), name, ISO8601.text(removedAt), removedBy, note]
    }
}
