import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// Times `inovasi report` in each format through the command's own code: the store's aggregates,
/// the ordered report, and the formatter that prints it.
struct ReportBench {
    let now: Date
    let language: Language
    let repetitions: Int
    let settings = Settings.standard

    func run(store: Store) throws -> [(Metric, Samples)] {
        try OutputFormat.allCases.map { format in
            var samples = Samples()
            for _ in 0..<repetitions {
                let (text, milliseconds) = try Stopwatch.timed { try render(format, store: store) }
                guard !text.isEmpty else { throw BenchFailure.emptyReport(format.rawValue) }
                samples.add(milliseconds)
            }
            return (Self.metric(format), samples)
        }
    }

    /// What `inovasi report --format <format>` prints to a pipe, by the command's own code.
    func render(_ format: OutputFormat, store: Store) throws -> String {
        let style = OutputStyle(
            language: language, zone: settings.timeZone, now: now, city: settings.cityName,
            overdueDays: settings.overdueDays, toTerminal: false)
        return try ReportOutput.load(from: store, style: style).render(format)
    }

    static func metric(_ format: OutputFormat) -> Metric {
        switch format {
        case .table: .reportTable
        case .csv: .reportCSV
        case .json: .reportJSON
        case .markdown: .reportMarkdown
        }
    }
}
