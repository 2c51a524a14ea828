import Foundation
import InovasiCore
import InovasiStore

/// `inovasi report --trend` in the four formats: one row per month with proposals in, decisions
/// and stage moves; the terminal table adds a bar beside each count, the other formats carry the
/// numbers only (the Markdown adds the strips in code spans under its table).
public struct TrendOutput {
    /// The figures.
    public let trend: MonthlyTrend
    /// The OPD the trend is of; nil for the whole city.
    public let agency: Agency?
    let style: OutputStyle

    /// Cells of a bar beside a count in the terminal table.
    static let barWidth = 8

    /// The output of `trend`, of `agency` or the city when nil.
    public init(trend: MonthlyTrend, agency: Agency?, style: OutputStyle) {
        self.trend = trend
        self.agency = agency
        self.style = style
    }

    /// The trend over `store` from `first` to `last` in the style's zone.
    public static func load(
        from store: Store, agency: Agency?, first: YearMonth, last: YearMonth, style: OutputStyle
    ) throws(StoreError) -> TrendOutput {
        let trend = try store.monthlyTrend(agencyID: agency?.id, from: first, to: last, timeZone: style.zone)
        return TrendOutput(trend: trend, agency: agency, style: style)
    }

    /// The whole output as text in `format`.
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table()
        case .markdown: markdown()
        case .csv: style.csv(header: TrendRow.header, rows: trend.months.map { TrendRow($0).fields })
        case .json: try JSONOutput.encode(document())
        }
    }

    var title: String {
        let language = style.language
        let scope = agency.map { "\($0.code) \($0.name)" } ?? TrendText.wholeCity.text(language)
        let first = trend.months.first.map { TrendText.month($0.month, language) } ?? ""
        let last = trend.months.last.map { TrendText.month($0.month, language) } ?? ""
        return TrendText.title(city: style.city, scope: scope, from: first, to: last).text(language)
    }

    func table() -> String {
        let language = style.language
        var columns = [TextTable.Column(TrendText.month.text(language))]
        for series in MonthlyTrend.Series.allCases {
            columns += [TextTable.Column(TrendText.series(series).text(language), alignment: .right), .init("")]
        }
        var table = TextTable(columns: columns)
        let largest = MonthlyTrend.Series.allCases.map { trend.values($0).max() ?? 0 }
        for month in trend.months {
            var cells = [TrendText.month(month.month, language)]
            for (index, series) in MonthlyTrend.Series.allCases.enumerated() {
                let count = month.count(series)
                cells += [style.number(count), TrendChart.bar(count, largest: largest[index], width: Self.barWidth)]
            }
            table.add(cells)
        }
        table.addRule()
        table.add(
            [TrendText.total.text(language)]
                + MonthlyTrend.Series.allCases.flatMap { [style.number(trend.total($0)), ""] })
        return style.titled(title, table, markdown: false, notes: [TrendText.note.text(language)])
    }

    func markdown() -> String {
        let language = style.language
        let columns =
            [TextTable.Column(TrendText.month.text(language))]
            + TrendRow.countTitles.map { TextTable.Column($0.text(language), alignment: .right) }
        var table = TextTable(columns: columns)
        for month in trend.months {
            table.add([TrendText.month(month.month, language)] + TrendRow(month).counts.map(style.number))
        }
        let strips = MonthlyTrend.Series.allCases.map { series in
            "- " + MarkdownText.escape(TrendText.series(series).text(language)) + ": `"
                + TrendChart.strip(trend.values(series)) + "`"
        }
        return style.titled(title, table, markdown: true, notes: [TrendText.note.text(language)]) + "\n"
            + strips.map { $0 + "\n" }.joined()
    }

    func document() -> TrendDocument {
        TrendDocument(
            city: style.city, opd: agency?.code, opdName: agency?.name, timeZone: style.zone.identifier,
            generatedAt: style.now, months: trend.months.map(TrendRow.init))
    }
}

/// The trend as one JSON document, under stable English keys.
struct TrendDocument: Encodable {
    var city: String
    /// The OPD's code; null for the whole city.
    var opd: String?
    var opdName: String?
    var timeZone: String
    var generatedAt: Date
    var months: [TrendRow]
}

/// One month in CSV and JSON.
struct TrendRow: Encodable {
    var month: String
    var `in`: Int
    var decisions: Int
    var approved: Int
    var revisionRequested: Int
    var rejected: Int
    var stageMoves: Int

    static let header = ["month", "in", "decisions", "approved", "revisionRequested", "rejected", "stageMoves"]

    /// Headings of the counts, in the order of ``counts``.
    static let countTitles = [
        TrendText.series(.proposals), TrendText.series(.decisions), TrendText.approved, TrendText.revisions,
        TrendText.rejected, TrendText.series(.stageMoves),
    ]

    init(_ month: MonthlyTrend.Month) {
        self.month = month.month.description
        self.in = month.proposals
        decisions = month.decisions
        approved = month.approved
        revisionRequested = month.revisions
        rejected = month.rejected
        stageMoves = month.stageMoves
    }

    var counts: [Int] { [self.in, decisions, approved, revisionRequested, rejected, stageMoves] }
    var fields: [String] { [month] + counts.map(String.init) }
}
