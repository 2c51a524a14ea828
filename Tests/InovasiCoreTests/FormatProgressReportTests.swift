import InovasiCore
import Testing

@Suite("ProgressReport")
struct FormatProgressReportTests {
    func progress(_ id: Int64, _ name: String, _ kind: AgencyKind, parent: Int64? = nil, main: Bool = false)
        -> AgencyProgress
    {
        AgencyProgress(
            agency: Agency(id: id, code: "C\(id)", name: name, kind: kind, parentID: parent),
            innovationsByStage: [.initiative: 1, .trial: Int(id % 2)], waiting: 2, overdue: 1,
            hasMainInnovation: main, divisionsWithMain: 1, divisionsTotal: 3)
    }

    @Test("places each kelurahan under its kecamatan, by name, and keeps orphans")
    func grouping() {
        let rows = [
            progress(1, "Dinas Kesehatan", .dinas, main: true),
            progress(2, "Kecamatan Cilegon", .kecamatan),
            progress(3, "Kecamatan Cibeber", .kecamatan),
            progress(4, "Kelurahan Ketileng", .kelurahan, parent: 2),
            progress(5, "Kelurahan Bagendung", .kelurahan, parent: 2),
            progress(6, "Kelurahan Bulakan", .kelurahan, parent: 3),
            progress(7, "Kelurahan Hilang", .kelurahan, parent: 99),
        ]
        let report = ProgressReport(rows: rows, totalAgency: ProgressReport.totalAgency(.id))
        #expect(report.lines.map(\.progress.agency.id) == [1, 2, 5, 4, 3, 6, 7])
        #expect(report.lines.map(\.depth) == [0, 0, 1, 1, 0, 1, 0])
        #expect(report.total.waiting == 14)
        #expect(report.total.overdue == 7)
        #expect(report.total.innovationsByStage[.initiative] == 7)
        #expect(report.total.innovationsByStage[.trial] == 4)
        #expect(report.total.divisionsTotal == 21)
        #expect(report.agenciesWithMain == 1)
        #expect(report.total.agency.name == "Total kota")
        #expect(ProgressReport.totalAgency(.en).name == "City total")
    }
}
