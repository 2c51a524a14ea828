import Foundation
import InovasiApp
import InovasiCore

/// Names the list and the details show beside an innovation's ids.
struct InnovationNames {
    let codes: [Int64: String]
    let divisions: [Int64: String]

    func opd(_ innovation: Innovation) -> String { codes[innovation.agencyID] ?? String(innovation.agencyID) }

    func bidang(_ innovation: Innovation) -> String? { innovation.divisionID.flatMap { divisions[$0] } }
}

/// A list of innovations in the four formats.
struct InnovationListOutput {
    let innovations: [Innovation]
    let names: InnovationNames
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        let items = innovations.map { InnovationItem($0, names: names, zone: style.zone) }
        switch format {
        case .table: return table(markdown: false)
        case .markdown: return table(markdown: true)
        case .csv: return style.csv(header: InnovationItem.header, rows: items.map(\.fields))
        case .json: return try JSONOutput.encode(items)
        }
    }

    func table(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(ColumnText.queueID.text(language), alignment: .right),
            TextTable.Column(InnovationColumnText.opd.text(language)),
            TextTable.Column(InnovationColumnText.bidang.text(language), maxWidth: 30),
            TextTable.Column(InnovationColumnText.title.text(language), maxWidth: 50),
            TextTable.Column(InnovationColumnText.stage.text(language)),
            TextTable.Column(InnovationColumnText.main.text(language)),
            TextTable.Column(InnovationColumnText.state.text(language)),
            TextTable.Column(InnovationColumnText.started.text(language)),
        ])
        for innovation in innovations {
            table.add([
                String(innovation.id), names.opd(innovation), names.bidang(innovation) ?? "–", innovation.title,
                innovation.stage.label.text(language), innovation.isMain ? "★" : "",
                (innovation.profile.isActive ? InnovationColumnText.active : InnovationColumnText.stopped)
                    .text(language),
                CalendarDay(containing: innovation.startedOn, in: style.zone).description,
            ])
        }
        if markdown { return table.markdown() }
        let notes = innovations.isEmpty ? InnovationColumnText.empty.text(language) + "\n" : ""
        return table.render() + notes
    }
}

/// One innovation under stable English keys, days as `YYYY-MM-DD` in the office's zone.
struct InnovationItem: Encodable {
    var id: Int64
    var opd: String
    var bidang: String?
    var title: String
    var form: String
    var kind: String
    var stage: String
    var stageChanged: String
    var main: Bool
    var active: Bool
    var started: String
    var startYear: Int
    var initiatorKind: String
    var initiator: String
    var affair: String
    var sharedAffairs: [String]
    var budget: Int64
    var enactmentKind: String?
    var enactmentNumber: String?
    var enactmentDate: String?
    var stopped: String?
    var stopReason: String

    static let header = [
        "id", "opd", "bidang", "title", "form", "kind", "stage", "stageChanged", "main", "active", "started",
        "startYear", "initiatorKind", "initiator", "affair", "sharedAffairs", "budget", "enactmentKind",
        "enactmentNumber", "enactmentDate", "stopped", "stopReason",
    ]

    init(_ innovation: Innovation, names: InnovationNames, zone: TimeZone) {
        let day = { (date: Date) in CalendarDay(containing: date, in: zone).description }
        id = innovation.id
        opd = names.opd(innovation)
        bidang = names.bidang(innovation)
        title = innovation.title
        form = innovation.form.rawValue
        kind = innovation.kind.rawValue
        stage = innovation.stage.rawValue
        stageChanged = day(innovation.stageChangedOn)
        main = innovation.isMain
        active = innovation.profile.isActive
        started = day(innovation.startedOn)
        startYear = innovation.startYear(in: zone)
        initiatorKind = innovation.initiatorKind.rawValue
        initiator = innovation.initiatorName
        affair = innovation.affair
        sharedAffairs = innovation.profile.sharedAffairs
        budget = innovation.profile.budget
        enactmentKind = innovation.profile.enactment?.kind.rawValue
        enactmentNumber = innovation.profile.enactment?.number
        enactmentDate = innovation.profile.enactment.map { day($0.on) }
        stopped = innovation.profile.stoppedOn.map(day)
        stopReason = innovation.profile.stopReason
    }

    /// Every key, an absent value as `null` (as the other commands' JSON does).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(opd, forKey: .opd)
        try container.encode(bidang, forKey: .bidang)
        try container.encode(title, forKey: .title)
        try container.encode(form, forKey: .form)
        try container.encode(kind, forKey: .kind)
        try container.encode(stage, forKey: .stage)
        try container.encode(stageChanged, forKey: .stageChanged)
        try container.encode(main, forKey: .main)
        try container.encode(active, forKey: .active)
        try container.encode(started, forKey: .started)
        try container.encode(startYear, forKey: .startYear)
        try container.encode(initiatorKind, forKey: .initiatorKind)
        try container.encode(initiator, forKey: .initiator)
        try container.encode(affair, forKey: .affair)
        try container.encode(sharedAffairs, forKey: .sharedAffairs)
        try container.encode(budget, forKey: .budget)
        try container.encode(enactmentKind, forKey: .enactmentKind)
        try container.encode(enactmentNumber, forKey: .enactmentNumber)
        try container.encode(enactmentDate, forKey: .enactmentDate)
        try container.encode(stopped, forKey: .stopped)
        try container.encode(stopReason, forKey: .stopReason)
    }

    enum Key: String, CodingKey {
        case id, opd, bidang, title, form, kind, stage, stageChanged, main, active, started, startYear
        case initiatorKind, initiator, affair, sharedAffairs, budget, enactmentKind, enactmentNumber
        case enactmentDate, stopped, stopReason
    }

    var fields: [String] {
        [
            String(id), opd, bidang ?? "", title, form, kind, stage, stageChanged, String(main), String(active),
            started, String(startYear), initiatorKind, initiator, affair, sharedAffairs.joined(separator: "; "),
            String(budget), enactmentKind ?? "", enactmentNumber ?? "", enactmentDate ?? "", stopped ?? "", stopReason,
        ]
    }
}
