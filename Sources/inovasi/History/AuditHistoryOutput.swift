import Foundation
import InovasiApp
import InovasiCore

/// Audit entries in the four formats: a table for people, CSV, JSON and Markdown for the rest.
struct AuditHistoryOutput {
    let entries: [AuditEntry]
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table(markdown: false)
        case .markdown: table(markdown: true)
        case .csv: style.csv(header: AuditItem.header, rows: items.map(\.fields))
        case .json: try JSONOutput.encode(items)
        }
    }

    var items: [AuditItem] { entries.map(AuditItem.init) }

    func table(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(AuditHistoryText.timeHeading.text(language)),
            TextTable.Column(OutputText.userNameHeading.text(language)),
            TextTable.Column(AuditHistoryText.recordHeading.text(language)),
            TextTable.Column(AuditHistoryText.changeHeading.text(language), maxWidth: 40),
            TextTable.Column(ReviewMessageText.historyNote.text(language), maxWidth: 50),
        ])
        for entry in entries {
            let time =
                DateText.medium(entry.at, in: style.zone, language) + " "
                + DateText.time(entry.at, in: style.zone, language)
            let record = entry.entity + (entry.entityID.map { " #\($0)" } ?? "")
            let note = entry.noteText(in: style.zone).text(language)
            table.add([time, entry.user, record, entry.actionText.text(language), note])
        }
        if markdown { return table.markdown() }
        return table.render() + (entries.isEmpty ? AuditHistoryText.empty.text(language) + "\n" : "")
    }
}

/// One audit entry under stable English keys, with the record before and after as JSON text.
struct AuditItem: Encodable {
    var id: Int64
    var at: Date
    var user: String
    var action: String
    var entity: String
    var entityID: Int64?
    var before: String?
    var after: String?
    var note: String

    static let header = ["id", "at", "user", "action", "entity", "entityID", "before", "after", "note"]

    /// The keys, in the order of ``header``; absent values are written as `null`, as other commands do.
    enum CodingKeys: String, CodingKey {
        case id, at, user, action, entity, entityID, before, after, note
    }

    init(_ entry: AuditEntry) {
        id = entry.id
        at = entry.at
        user = entry.user
        action = entry.action
        entity = entry.entity
        entityID = entry.entityID
        before = entry.before
        after = entry.after
        note = entry.note
    }

    var fields: [String] {
        [
            String(id), ISO8601.text(at), user, action, entity, entityID.map(String.init) ?? "", before ?? "",
            after ?? "", note,
        ]
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(at, forKey: .at)
        try container.encode(user, forKey: .user)
        try container.encode(action, forKey: .action)
        try container.encode(entity, forKey: .entity)
        try container.encode(entityID, forKey: .entityID)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(note, forKey: .note)
    }
}
