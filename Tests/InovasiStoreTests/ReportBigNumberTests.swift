import Foundation
import InovasiApp
import InovasiCore
import Testing

/// `inovasi report` at national scale: every figure of every row and of the total is printed whole.
@Suite("Report: numbers are never cut")
struct ReportBigNumberTests {
    /// Six OPDs with national-sized figures; the city total reads 45.651 initiatives, 17.500
    /// waiting, 5.000 overdue and 441 of 1.559 bidang.
    static let rows: [AgencyProgress] = (0..<6).map { index in
        AgencyProgress(
            agency: Agency(id: Int64(index + 1), code: "OPD\(index)", name: "Dinas \(index)", kind: .dinas),
            innovationsByStage: [.initiative: index == 0 ? 40_651 : 1_000, .trial: 700 + index, .implementation: 990],
            waiting: index == 0 ? 12_500 : 1_000, overdue: index == 0 ? 0 : 1_000,
            hasMainInnovation: index.isMultiple(of: 2), divisionsWithMain: index == 0 ? 436 : 1,
            divisionsTotal: index == 0 ? 1_554 : 1)
    }

    @Test("table and Markdown carry every figure whole, in both languages")
    func figuresWhole() throws {
        for language in [Language.id, .en] {
            let style = OutputStyle(
                language: language, zone: .gmt, now: Fixture.now, city: "Kota Cilegon", overdueDays: 14,
                toTerminal: false)
            let report = ProgressReport(rows: Self.rows, totalAgency: ProgressReport.totalAgency(language))
            let output = ReportOutput(
                report: report, codes: Dictionary(uniqueKeysWithValues: Self.rows.map { ($0.id, $0.agency.code) }),
                style: style)
            let group = language == .id ? "." : ","
            for format in [OutputFormat.table, .markdown] {
                let text = try output.render(format)
                for figure in ["45\(group)651", "4\(group)215", "5\(group)940", "17\(group)500", "5\(group)000"] {
                    #expect(text.contains(figure), "\(format) \(language): \(figure)")
                }
                #expect(text.contains("441/1\(group)559"), "\(format) \(language)")
                #expect(text.contains("40\(group)651") && text.contains("436/1\(group)554"), "\(format) \(language)")
                #expect(!text.contains("…"), "\(format) \(language): \(text)")
            }
        }
    }
}
