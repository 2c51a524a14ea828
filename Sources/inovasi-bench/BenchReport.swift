import Foundation
import InovasiApp
import InovasiCore

/// The result of a run, printed as a table (terminal or Markdown) or as JSON: each figure at each
/// scale beside its budget, misses marked.
struct BenchReport: Encodable {
    var machine: Machine
    var repetitions: Int
    var seed: UInt64
    var stores: [PreparedStore]
    var figures: [Figure]
    /// Figures of DESIGN §11 that cannot be measured yet, with the reason.
    var notMeasured: [String: String] = [
        "icsExport": "ICS export does not exist yet; it joins the benchmark with the issue that brings it"
    ]

    var scales: [Int] { stores.map(\.proposals) }

    /// Figures over their budget.
    var misses: [Figure] { figures.filter { $0.met == false } }

    func text(_ format: BenchFormat, language: Language) throws -> String {
        switch format {
        case .json: return try JSONOutput.encode(self)
        case .table, .markdown:
            let table = self.table(language)
            let body = format == .markdown ? table.markdown() : table.render()
            let title = BenchText.title(machine, repetitions: repetitions, language: language)
            let lines = [BenchText.notes.text(language), BenchText.summary(misses: misses, language: language)]
            return title + "\n\n" + body + "\n" + lines.map { $0 + "\n" }.joined()
        }
    }

    func table(_ language: Language) -> TextTable {
        var columns = [
            TextTable.Column(BenchText.figureHeading.text(language)),
            TextTable.Column(BenchText.budgetHeading.text(language), alignment: .right),
        ]
        for scale in scales {
            let name = NumberText.grouped(scale, language)
            columns.append(TextTable.Column("\(name) \(BenchText.medianHeading.text(language))", alignment: .right))
            columns.append(TextTable.Column("\(name) \(BenchText.p99Heading.text(language))", alignment: .right))
        }
        columns.append(TextTable.Column(BenchText.metHeading.text(language)))
        var table = TextTable(columns: columns)
        for metric in Metric.allCases {
            let row = figures.filter { $0.metric == metric }
            guard !row.isEmpty else { continue }
            table.add(cells(metric, row, language))
        }
        return table
    }

    func cells(_ metric: Metric, _ row: [Figure], _ language: Language) -> [String] {
        var cells = [
            metric.label.text(language),
            metric.budget.map { "< " + Self.value($0, metric.unit, language) } ?? "–",
        ]
        for scale in scales {
            guard let figure = row.first(where: { $0.scale == scale }) else {
                cells += ["", ""]
                continue
            }
            let mark = figure.met == false ? " ✗" : ""
            if metric.unit == .milliseconds {
                cells.append(Self.value(figure.samples.median, metric.unit, language))
                cells.append(Self.value(figure.samples.p99, metric.unit, language) + mark)
            } else {
                cells.append(Self.value(figure.judged, metric.unit, language) + mark)
                cells.append("")
            }
        }
        let met = row.compactMap(\.met)
        cells.append(met.isEmpty ? "–" : (met.allSatisfy { $0 } ? "✓" : "✗"))
        return cells
    }

    /// A value in its unit, with as many decimals as make sense for it.
    static func value(_ value: Double, _ unit: MetricUnit, _ language: Language) -> String {
        switch unit {
        case .milliseconds: NumberText.decimal(value, fractionDigits: value < 10 ? 2 : 1, language)
        case .bytes: NumberText.grouped(Int(value.rounded()), language)
        case .megabytes: NumberText.decimal(value, fractionDigits: 1, language)
        case .percent: NumberText.decimal(value, fractionDigits: 2, language) + " %"
        }
    }
}

/// How the report is printed.
enum BenchFormat: String, CaseIterable, Sendable {
    case table, markdown, json
}
