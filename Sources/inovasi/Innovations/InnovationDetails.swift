import Foundation
import InovasiApp
import InovasiCore

/// One innovation's fields and stage history, as `innovation show` prints them.
struct InnovationDetails {
    let innovation: Innovation
    let history: [StageChange]
    let names: InnovationNames
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: return fields(markdown: false) + "\n" + historyTable(markdown: false)
        case .markdown: return fields(markdown: true) + "\n" + historyTable(markdown: true)
        case .csv: return style.csv(header: StageItem.header, rows: historyItems.map(\.fields))
        case .json:
            return try JSONOutput.encode(
                ShowDocument(
                    innovation: InnovationItem(innovation, names: names, zone: style.zone), history: historyItems))
        }
    }

    private var historyItems: [StageItem] { history.map { StageItem($0, zone: style.zone) } }

    private func day(_ date: Date) -> String { CalendarDay(containing: date, in: style.zone).description }

    private func fields(markdown: Bool) -> String {
        let language = style.language
        let profile = innovation.profile
        var rows: [(Localized, String)] = [
            (ColumnText.queueID, String(innovation.id)), (InnovationColumnText.title, innovation.title),
            (InnovationColumnText.opd, names.opd(innovation)),
            (InnovationColumnText.bidang, names.bidang(innovation) ?? "–"),
            (InnovationColumnText.form, innovation.form.label.text(language)),
            (InnovationColumnText.kind, innovation.kind.label.text(language)),
            (
                InnovationColumnText.stage,
                innovation.stage.label.text(language) + " (\(day(innovation.stageChangedOn)))"
            ),
            (InnovationColumnText.main, innovation.isMain ? "★" : "–"),
            (InnovationColumnText.state, state(language)),
            (InnovationColumnText.started, day(innovation.startedOn)),
            (InnovationColumnText.startYear, String(innovation.startYear(in: style.zone))),
            (
                InnovationColumnText.initiator,
                innovation.initiatorName + " (\(innovation.initiatorKind.label.text(language)))"
            ),
            (InnovationColumnText.affair, innovation.affair),
            (
                InnovationColumnText.sharedAffairs,
                profile.sharedAffairs.isEmpty ? "–" : profile.sharedAffairs.joined(separator: ", ")
            ),
            (InnovationColumnText.budget, NumberText.rupiah(profile.budget, language)),
            (InnovationColumnText.enactment, enactment(language)),
            (
                InnovationColumnText.design,
                profile.design.isEmpty ? "–" : InnovationColumnText.words(profile.designWords).text(language)
            ),
            (InnovationColumnText.goal, profile.goal.isEmpty ? "–" : profile.goal),
            (InnovationColumnText.benefit, profile.benefit.isEmpty ? "–" : profile.benefit),
            (InnovationColumnText.result, profile.result.isEmpty ? "–" : profile.result),
        ]
        if !profile.isActive { rows.append((InnovationColumnText.stopReason, profile.stopReason)) }
        let labels = rows.map { $0.0.text(language) }
        if markdown {
            return zip(labels, rows).map { "- **\($0)**: \($1.1)" }.joined(separator: "\n") + "\n"
        }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, rows).map { label, row in
            label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + row.1
        }.joined(separator: "\n") + "\n"
    }

    private func state(_ language: Language) -> String {
        guard let stopped = innovation.profile.stoppedOn else { return InnovationColumnText.active.text(language) }
        return InnovationColumnText.stoppedOn(day(stopped)).text(language)
    }

    private func enactment(_ language: Language) -> String {
        guard let enactment = innovation.profile.enactment else { return "–" }
        return InnovationColumnText.enactmentText(enactment.kind, number: enactment.number, date: day(enactment.on))
            .text(language)
    }

    private func historyTable(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(InnovationColumnText.date.text(language)),
            TextTable.Column(InnovationColumnText.stage.text(language)),
            TextTable.Column(InnovationColumnText.by.text(language)),
            TextTable.Column(InnovationColumnText.note.text(language), maxWidth: 60),
        ])
        for change in history {
            table.add([
                day(change.on), change.stage.label.text(language),
                change.by ?? InnovationColumnText.unknownBy.text(language), change.note,
            ])
        }
        let title = InnovationColumnText.history.text(language)
        return (markdown ? "**\(title)**\n\n" + table.markdown() : title + "\n" + table.render())
    }
}

/// One step of the stage history under stable English keys.
struct StageItem: Encodable {
    var date: String
    var stage: String
    var by: String?
    var note: String

    static let header = ["date", "stage", "by", "note"]

    init(_ change: StageChange, zone: TimeZone) {
        date = CalendarDay(containing: change.on, in: zone).description
        stage = change.stage.rawValue
        by = change.by
        note = change.note
    }

    var fields: [String] { [date, stage, by ?? "", note] }

    /// Every key, an unknown author as `null`.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(date, forKey: .date)
        try container.encode(stage, forKey: .stage)
        try container.encode(by, forKey: .by)
        try container.encode(note, forKey: .note)
    }

    enum Key: String, CodingKey {
        case date, stage, by, note
    }
}

/// `innovation show --format json`: the innovation and its history.
struct ShowDocument: Encodable {
    var innovation: InnovationItem
    var history: [StageItem]
}
