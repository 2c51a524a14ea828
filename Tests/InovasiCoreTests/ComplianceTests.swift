import InovasiCore
import Testing

/// Issue 12 point 7: Instruksi 1/2022 compliance counted from the OPDs by kind, never a fixed number.
@Suite("Main innovation compliance")
struct ComplianceTests {
    static func row(_ id: Int64, _ kind: AgencyKind, main: Bool, divisions: (Int, Int) = (0, 0)) -> AgencyProgress {
        AgencyProgress(
            agency: Agency(id: id, code: "A\(id)", name: "OPD \(id)", kind: kind), hasMainInnovation: main,
            divisionsWithMain: divisions.0, divisionsTotal: divisions.1)
    }

    static let rows: [AgencyProgress] = [
        row(1, .sekretariat, main: true, divisions: (2, 3)),
        row(2, .badan, main: false, divisions: (0, 4)),
        row(3, .dinas, main: true, divisions: (5, 5)),
        row(4, .inspektorat, main: false),
        row(5, .rsud, main: true, divisions: (1, 2)),
        row(6, .satuan, main: true),
        row(7, .kecamatan, main: true, divisions: (1, 3)),
        row(8, .kelurahan, main: false),
        row(9, .kelurahan, main: true),
    ]

    @Test("each kind counted on its own line: perangkat daerah, kecamatan, kelurahan, bidang")
    func counts() {
        let compliance = MainInnovationCompliance(rows: Self.rows)
        #expect(compliance.agencies == .init(met: 4, total: 6))
        #expect(compliance.districts == .init(met: 1, total: 1))
        #expect(compliance.villages == .init(met: 1, total: 2))
        #expect(compliance.divisions == .init(met: 9, total: 17))
    }

    @Test("N follows the store: one more dinas makes it one more OPD")
    func notHardCoded() {
        let more = Self.rows + [Self.row(10, .dinas, main: false)]
        #expect(MainInnovationCompliance(rows: more).agencies == .init(met: 4, total: 7))
        #expect(MainInnovationCompliance(rows: []).agencies == .init(met: 0, total: 0))
    }

    @Test("the sentences in both languages, and — where there is nothing to count")
    func sentences() {
        let compliance = MainInnovationCompliance(rows: Self.rows)
        #expect(
            ComplianceText.lines(compliance, .id) == [
                "4 dari 6 OPD punya inovasi utama", "1 dari 1 kecamatan punya inovasi utama",
                "1 dari 2 kelurahan punya inovasi utama", "9 dari 17 bidang punya inovasi utama",
            ])
        #expect(ComplianceText.lines(compliance, .en).first == "4 of 6 OPD have a main innovation")
        #expect(ComplianceText.fraction(.init(met: 0, total: 0), .id) == "—")
        #expect(ComplianceText.fraction(.init(met: 1, total: 1), .id) == "1/1")
        let noDistricts = MainInnovationCompliance(rows: Array(Self.rows.prefix(6)))
        #expect(ComplianceText.lines(noDistricts, .id).count == 2)
    }
}
