import Foundation
import InovasiCore
import InovasiStore

extension ReportOutput {
    /// The report over `store` with one reporting year beside it (`report --year`), the year's
    /// dates read in the style's zone.
    public static func load(from store: Store, style: OutputStyle, year: ReportingYear?) throws(StoreError)
        -> ReportOutput
    {
        var output = try load(from: store, style: style)
        if let year { output.report.year = try store.yearFigures(year: year, timeZone: style.zone) }
        return output
    }

    /// With a year: the per-OPD year table in table, CSV and JSON; the yearly report in Markdown.
    func render(_ format: OutputFormat, year: YearReport) throws -> String {
        switch format {
        case .table: yearTable(year, markdown: false)
        case .markdown: YearReportMarkdown(output: self, year: year).render()
        case .csv: yearCSV(year)
        case .json: try JSONOutput.encode(yearDocument(year))
        }
    }

    /// The year's figures per OPD, kelurahan under their kecamatan (unless sorted), and the city.
    func yearTable(_ year: YearReport, markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(
            columns: [
                TextTable.Column(ColumnText.reportCode.text(language)),
                TextTable.Column(ColumnText.reportAgency.text(language), maxWidth: markdown ? nil : 48),
            ]
                + ReportSortColumn.yearColumns.map {
                    TextTable.Column(YearText.heading($0).text(language), alignment: .right)
                })
        for line in report.lines {
            let indent = String(repeating: "  ", count: line.depth)
            let agency = line.progress.agency
            table.add([agency.code, indent + agency.name] + yearCells(year.figures(of: agency.id)))
        }
        table.addRule()
        table.add(["", report.total.agency.name] + yearCells(year.total))
        let title = ReportText.yearTitle(city: style.city, year: year.year.value, day: style.today).text(language)
        let notes = [ReportText.yearNote(zone: style.zone.identifier).text(language)] + (shownNote.map { [$0] } ?? [])
        return style.titled(title, table, markdown: markdown, notes: notes)
    }

    func yearCells(_ figures: YearFigures) -> [String] {
        ReportSortColumn.yearColumns.map { style.number($0.value(in: figures) ?? 0) }
    }

    func yearCSV(_ year: YearReport) -> String {
        var rows = report.lines.map { line in
            let agency = line.progress.agency
            return YearRow(agency, parent: agency.parentID.flatMap { codes[$0] }, year.figures(of: agency.id)).fields
        }
        rows.append(YearRow.total(year.total).fields)
        return style.csv(header: YearRow.header, rows: rows)
    }

    func yearDocument(_ year: YearReport) -> YearReportDocument {
        YearReportDocument(
            city: style.city, generatedAt: style.now, year: year.year.value, timeZone: style.zone.identifier,
            agencies: report.lines.map { line in
                let agency = line.progress.agency
                return YearRow(agency, parent: agency.parentID.flatMap { codes[$0] }, year.figures(of: agency.id))
            },
            total: YearRow.total(year.total).figures, mentoring: YearMentoring(year.mentoring))
    }
}
