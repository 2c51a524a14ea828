import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// The review queue in the four formats, oldest waiting first as the store returns it.
struct QueueOutput {
    let rows: [Store.QueueRow]
    /// How many proposals match in all (more than `rows` when `--limit` cut the list).
    let total: Int
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table(markdown: false)
        case .markdown: table(markdown: true)
        case .csv: style.csv(header: QueueItem.header, rows: items.map(\.fields))
        case .json: try JSONOutput.encode(document)
        }
    }

    var items: [QueueItem] { rows.map { QueueItem($0, style: style) } }

    var document: QueueDocument {
        QueueDocument(generatedAt: style.now, overdueDays: style.overdueDays, total: total, proposals: items)
    }

    func table(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(ColumnText.queueID.text(language), alignment: .right),
            TextTable.Column(ColumnText.queueAge.text(language), alignment: .right),
            TextTable.Column(ColumnText.queueStatus.text(language)),
            TextTable.Column(ReviewMessageText.queueScore.text(language), alignment: .right),
            TextTable.Column(ColumnText.reportAgency.text(language)),
            TextTable.Column(ColumnText.queueTitle.text(language), maxWidth: 60),
            TextTable.Column(ColumnText.queueAssignee.text(language)),
        ])
        for item in items {
            let age = style.number(item.ageDays) + (item.overdue ? " !" : "  ")
            let status = ProposalStatus(rawValue: item.status)?.label.text(language) ?? item.status
            let mark = item.unmet.isEmpty ? "" : "✗"
            let score = item.score.map { NumberText.decimal($0, fractionDigits: 2, language) + mark } ?? "–"
            table.add([String(item.id), age, status, score, item.opd, item.title, item.assignee ?? "–"])
        }
        var notes: [String] = []
        if rows.isEmpty { notes.append(OutputText.queueEmpty.text(language)) }
        if rows.count < total {
            notes.append(OutputText.queueShown(style.number(rows.count), of: style.number(total)).text(language))
        }
        notes.append(ReportText.reportOverdueNote(days: style.overdueDays).text(language) + " (!)")
        let title = OutputText.queueTitle(city: style.city, day: style.today).text(language)
        return style.titled(title, table, markdown: markdown, notes: notes)
    }
}

/// The queue as one JSON document.
struct QueueDocument: Encodable {
    var generatedAt: Date
    var overdueDays: Int
    /// Matching proposals in all, even beyond `--limit`.
    var total: Int
    var proposals: [QueueItem]
}

/// One proposal of the queue under stable English keys.
struct QueueItem: Encodable {
    var id: Int64
    var title: String
    var opd: String
    var opdName: String
    var status: String
    var submittedAt: Date
    var ageDays: Int
    var overdue: Bool
    var assignee: String?
    /// The version a decision on this row must carry (`review … --expect-version`).
    var version: Int64
    /// Mean weighted score over its reviewers, rounded to two decimals; null while unscored.
    var score: Double?
    var scoreCount: Int
    /// The criteria (raw names) whose mean over the reviewers is below the minimum (PP 38/2017's gate).
    var unmet: [String]

    static let header = [
        "id", "title", "opd", "opdName", "status", "submittedAt", "ageDays", "overdue", "assignee", "version", "score",
        "scoreCount", "unmet",
    ]

    init(_ row: Store.QueueRow, style: OutputStyle) {
        id = row.id
        title = row.title
        opd = row.agencyCode
        opdName = row.agencyName
        status = row.status.rawValue
        submittedAt = row.submittedAt
        let rule = OverdueRule(now: style.now, overdueDays: style.overdueDays)
        ageDays = rule.ageInDays(submittedAt: row.submittedAt)
        overdue = rule.isOverdue(status: row.status, submittedAt: row.submittedAt)
        assignee = row.assignee
        version = row.version
        score = row.score.map { ($0 * 100).rounded() / 100 }
        scoreCount = row.scoreCount
        unmet = row.unmet.map(\.rawValue)
    }

    var fields: [String] {
        [
            String(id), title, opd, opdName, status, ISO8601.text(submittedAt), String(ageDays), String(overdue),
            assignee ?? "", String(version), score.map { String($0) } ?? "", String(scoreCount),
            unmet.joined(separator: " "),
        ]
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(opd, forKey: .opd)
        try container.encode(opdName, forKey: .opdName)
        try container.encode(status, forKey: .status)
        try container.encode(submittedAt, forKey: .submittedAt)
        try container.encode(ageDays, forKey: .ageDays)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(assignee, forKey: .assignee)
        try container.encode(version, forKey: .version)
        try container.encode(score, forKey: .score)
        try container.encode(scoreCount, forKey: .scoreCount)
        try container.encode(unmet, forKey: .unmet)
    }

    enum Key: String, CodingKey {
        case id, title, opd, opdName, status, submittedAt, ageDays, overdue, assignee, version, score, scoreCount, unmet
    }
}

/// ISO 8601 text of an instant in UTC, as in JSON: `2026-12-07T02:30:00Z`.
enum ISO8601 {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
