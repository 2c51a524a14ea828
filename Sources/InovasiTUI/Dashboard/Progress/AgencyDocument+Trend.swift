import InovasiCore

/// The OPD detail's trend: proposals in, decisions and stage moves over the last months.
extension AgencyDocument {
    /// One line per series (name, strip, the counts under each other month by month) when the
    /// width holds it; otherwise a row per month. Nothing while the trend is not read.
    static func trend(_ trend: MonthlyTrend?, _ language: Language, _ doc: inout DocBuilder) {
        guard let trend, let first = trend.months.first, let last = trend.months.last else { return }
        let range = TrendText.month(first.month, language) + " – " + TrendText.month(last.month, language)
        doc.heading(TrendText.heading(months: trend.months.count).text(language) + " · " + range)
        let series = MonthlyTrend.Series.allCases
        let labels = series.map { TrendText.series($0).text(language) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let cell = series.flatMap(trend.values).map { String($0).count }.max() ?? 1
        let count = trend.months.count
        if 2 + labelWidth + 2 + count + 2 + count * (cell + 1) - 1 <= doc.width {
            for (index, kind) in series.enumerated() {
                let values = trend.values(kind)
                let numbers = values.map { TextLayout.pad(String($0), toWidth: cell, alignment: .right) }
                doc.line([
                    DocSpan("  " + TextLayout.pad(labels[index], toWidth: labelWidth) + "  ", .label),
                    DocSpan(TrendChart.strip(values) + "  ", .ok), DocSpan(numbers.joined(separator: " ")),
                ])
            }
        } else {
            monthRows(trend, labels: labels, cell: cell, language, &doc)
        }
    }

    /// The narrow form: the series named once, then a month per row with each series' level and count.
    static func monthRows(
        _ trend: MonthlyTrend, labels: [String], cell: Int, _ language: Language, _ doc: inout DocBuilder
    ) {
        let series = MonthlyTrend.Series.allCases
        doc.line([DocSpan("  " + labels.joined(separator: " · "), .label)])
        let largest = series.map { trend.values($0).max() ?? 0 }
        let monthWidth = trend.months.map { DisplayWidth.of(TrendText.month($0.month, language)) }.max() ?? 0
        for month in trend.months {
            var spans = [DocSpan("  " + TextLayout.pad(TrendText.month(month.month, language), toWidth: monthWidth))]
            for (index, kind) in series.enumerated() {
                let value = month.count(kind)
                let level = TrendChart.levels[TrendChart.level(value, largest: largest[index])]
                spans.append(DocSpan("  \(level)", .ok))
                spans.append(DocSpan(" " + TextLayout.pad(String(value), toWidth: cell, alignment: .right)))
            }
            doc.line(spans)
        }
    }
}
