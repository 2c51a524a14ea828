import Foundation
import InovasiCore
import InovasiStore

/// The progress report in the four formats: per-OPD rows, kelurahan under their kecamatan, total.
///
/// Shared by `inovasi report` and the benchmark, which times exactly what the command prints.
public struct ReportOutput {
    let report: ProgressReport
    /// Agency codes by id, to name a kelurahan's kecamatan.
    let codes: [Int64: String]
    let style: OutputStyle

    /// The report over `report`'s rows; `codes` names each kelurahan's kecamatan.
    public init(report: ProgressReport, codes: [Int64: String], style: OutputStyle) {
        self.report = report
        self.codes = codes
        self.style = style
    }

    /// The report over `store` as it is now: the store's per-OPD aggregates in reading order, with
    /// the total named in the style's language.
    public static func load(from store: Store, style: OutputStyle) throws(StoreError) -> ReportOutput {
        let rows = try store.progress(now: style.now, overdueDays: style.overdueDays)
        let agencies = try store.agencies()
        let report = ProgressReport(rows: rows, totalAgency: ProgressReport.totalAgency(style.language))
        let codes = Dictionary(agencies.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        return ReportOutput(report: report, codes: codes, style: style)
    }

    /// The whole report as text in `format`.
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table(markdown: false)
        case .markdown: table(markdown: true)
        case .csv: csv()
        case .json: try JSONOutput.encode(document())
        }
    }

    func table(markdown: Bool) -> String {
        let language = style.language
        let stages = Stage.allCases.map { TextTable.Column($0.label.text(language), alignment: .right) }
        var table = TextTable(
            columns: [
                TextTable.Column(ColumnText.reportCode.text(language)),
                TextTable.Column(ColumnText.reportAgency.text(language), maxWidth: 48),
            ] + stages + [
                TextTable.Column(ColumnText.reportWaiting.text(language), alignment: .right),
                TextTable.Column(ColumnText.reportOverdue.text(language), alignment: .right),
                TextTable.Column(ColumnText.reportMain.text(language)),
                TextTable.Column(ColumnText.reportDivisions.text(language), alignment: .right),
            ])
        for line in report.lines {
            let row = line.progress
            let indent = String(repeating: "  ", count: line.depth)
            let main = (row.hasMainInnovation ? ColumnText.yes : ColumnText.no).text(language)
            table.add([row.agency.code, indent + row.agency.name] + counts(row) + [main, divisions(row)])
        }
        table.addRule()
        let total = report.total
        let mainCount = "\(style.number(report.agenciesWithMain))/\(style.number(report.lines.count))"
        table.add(["", total.agency.name] + counts(total) + [mainCount, divisions(total)])
        let title = ReportText.reportTitle(city: style.city, day: style.today).text(language)
        let note = ReportText.reportOverdueNote(days: style.overdueDays).text(language)
        return style.titled(title, table, markdown: markdown, notes: [note])
    }

    func counts(_ row: AgencyProgress) -> [String] {
        Stage.allCases.map { style.number(row.innovationsByStage[$0] ?? 0) } + [
            style.number(row.waiting), style.number(row.overdue),
        ]
    }

    func divisions(_ row: AgencyProgress) -> String {
        row.divisionsTotal == 0 ? "–" : "\(style.number(row.divisionsWithMain))/\(style.number(row.divisionsTotal))"
    }

    func csv() -> String {
        var rows = report.lines.map { line in
            ReportRow(line.progress, parent: line.progress.agency.parentID.flatMap { codes[$0] }).fields
        }
        var total = ReportRow(report.total, parent: nil)
        total.opd = "TOTAL"
        total.opdName = "TOTAL"
        total.kind = "total"
        rows.append(total.fields)
        return style.csv(header: ReportRow.header, rows: rows)
    }

    func document() -> ReportDocument {
        ReportDocument(
            city: style.city, generatedAt: style.now, overdueDays: style.overdueDays,
            agencies: report.lines.map { line in
                ReportRow(line.progress, parent: line.progress.agency.parentID.flatMap { codes[$0] })
            },
            total: ReportTotal(report.total, agencies: report.lines.count, withMain: report.agenciesWithMain))
    }
}

/// The report as one JSON document.
struct ReportDocument: Encodable {
    var city: String
    var generatedAt: Date
    var overdueDays: Int
    var agencies: [ReportRow]
    var total: ReportTotal
}

/// One OPD's row in CSV and JSON, under stable English keys.
struct ReportRow: Encodable {
    var opd: String
    var opdName: String
    var kind: String
    /// Code of the kecamatan of a kelurahan; null otherwise.
    var parent: String?
    var initiative: Int
    var trial: Int
    var implementation: Int
    var waiting: Int
    var overdue: Int
    var hasMainInnovation: Bool
    var divisionsWithMain: Int
    var divisionsTotal: Int

    static let header = [
        "opd", "opdName", "kind", "parent", "initiative", "trial", "implementation", "waiting", "overdue",
        "hasMainInnovation", "divisionsWithMain", "divisionsTotal",
    ]

    init(_ row: AgencyProgress, parent: String?) {
        opd = row.agency.code
        opdName = row.agency.name
        kind = row.agency.kind.rawValue
        self.parent = parent
        initiative = row.innovationsByStage[.initiative] ?? 0
        trial = row.innovationsByStage[.trial] ?? 0
        implementation = row.innovationsByStage[.implementation] ?? 0
        waiting = row.waiting
        overdue = row.overdue
        hasMainInnovation = row.hasMainInnovation
        divisionsWithMain = row.divisionsWithMain
        divisionsTotal = row.divisionsTotal
    }

    var fields: [String] {
        [
            opd, opdName, kind, parent ?? "", String(initiative), String(trial), String(implementation),
            String(waiting), String(overdue), String(hasMainInnovation), String(divisionsWithMain),
            String(divisionsTotal),
        ]
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(opd, forKey: .opd)
        try container.encode(opdName, forKey: .opdName)
        try container.encode(kind, forKey: .kind)
        try container.encode(parent, forKey: .parent)
        try container.encode(initiative, forKey: .initiative)
        try container.encode(trial, forKey: .trial)
        try container.encode(implementation, forKey: .implementation)
        try container.encode(waiting, forKey: .waiting)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(hasMainInnovation, forKey: .hasMainInnovation)
        try container.encode(divisionsWithMain, forKey: .divisionsWithMain)
        try container.encode(divisionsTotal, forKey: .divisionsTotal)
    }

    enum Key: String, CodingKey {
        case opd, opdName, kind, parent, initiative, trial, implementation, waiting, overdue
        case hasMainInnovation, divisionsWithMain, divisionsTotal
    }
}

/// The city total in JSON.
struct ReportTotal: Encodable {
    var agencies: Int
    var agenciesWithMain: Int
    var initiative: Int
    var trial: Int
    var implementation: Int
    var waiting: Int
    var overdue: Int
    var divisionsWithMain: Int
    var divisionsTotal: Int

    init(_ total: AgencyProgress, agencies: Int, withMain: Int) {
        self.agencies = agencies
        agenciesWithMain = withMain
        initiative = total.innovationsByStage[.initiative] ?? 0
        trial = total.innovationsByStage[.trial] ?? 0
        implementation = total.innovationsByStage[.implementation] ?? 0
        waiting = total.waiting
        overdue = total.overdue
        divisionsWithMain = total.divisionsWithMain
        divisionsTotal = total.divisionsTotal
    }
}
