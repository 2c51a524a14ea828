import Foundation
import InovasiCore
import InovasiStore

/// The progress report in the four formats: per-OPD rows, kelurahan under their kecamatan, total.
///
/// Shared by `inovasi report` and the benchmark, which times exactly what the command prints.
public struct ReportOutput {
    var report: ProgressReport
    /// Agency codes by id, to name a kelurahan's kecamatan.
    let codes: [Int64: String]
    let style: OutputStyle
    /// The city's compliance and OPD count, from every row, whatever `ordered` later keeps.
    let compliance: MainInnovationCompliance
    let agencyCount: Int
    /// Rows shown of all, when `--only` left some out: the note under the table says so.
    var shownNote: String?

    /// The report over `report`'s rows; `codes` names each kelurahan's kecamatan.
    public init(report: ProgressReport, codes: [Int64: String], style: OutputStyle) {
        self.report = report
        self.codes = codes
        self.style = style
        compliance = MainInnovationCompliance(rows: report.lines.map(\.progress))
        agencyCount = report.lines.count
    }

    /// The same report with its rows sorted by `sort` (`reversed` flips it) and, with `behindOnly`,
    /// only the OPDs behind (`ProgressReport.isBehind`); the total and the compliance stay the city's.
    public func ordered(sort: ReportSortColumn?, reversed: Bool, behindOnly: Bool) -> ReportOutput {
        var copy = self
        var report = self.report
        if let sort { report = report.sorted(by: sort, reversed: reversed) }
        if behindOnly {
            report = report.keeping(ProgressReport.isBehind)
            copy.shownNote = ReportText.behindNote(
                shown: style.number(report.lines.count), of: style.number(agencyCount)
            ).text(style.language)
        }
        copy.report = report
        return copy
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
        if let year = report.year { return try render(format, year: year) }
        return switch format {
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
                // Markdown wraps in the reader, so a name is never cut there ("…" loses the OPD).
                TextTable.Column(ColumnText.reportAgency.text(language), maxWidth: markdown ? nil : 48),
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
        let mainCount = ComplianceText.fraction(compliance.agencies, language)
        table.add(["", total.agency.name] + counts(total) + [mainCount, divisions(total)])
        let title = ReportText.reportTitle(city: style.city, day: style.today).text(language)
        let note = ReportText.reportOverdueNote(days: style.overdueDays).text(language)
        let notes = [note] + (shownNote.map { [$0] } ?? [])
        return style.titled(title, table, markdown: markdown, notes: notes) + complianceSection(markdown: markdown)
    }

    /// Instruksi 1/2022 at a glance, under the table: OPD, kecamatan, kelurahan and bidang apart.
    func complianceSection(markdown: Bool) -> String {
        let language = style.language
        let heading = ReportText.complianceHeading.text(language)
        let lines = ComplianceText.lines(compliance, language)
        if markdown {
            return "\n" + MarkdownText.escape(heading) + "\n\n"
                + lines.map { "- " + MarkdownText.escape($0) + "\n" }.joined()
        }
        return "\n" + heading + "\n" + lines.map { "  " + $0 + "\n" }.joined()
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
            total: ReportTotal(report.total, agencies: agencyCount, withMain: report.agenciesWithMain),
            compliance: ReportCompliance(compliance))
    }
}
