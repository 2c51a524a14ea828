import Foundation
import InovasiCore

@testable import InovasiTUI

/// Small IID rules and a plan whose figures are worked out by hand, for the checklist and planner
/// tests: 2 SPD indicators (max 12), 4 SID indicators (max 24), divisor 2, 10 points per innovation.
enum IIDFixtures {
    static let rules = IIDRules(
        year: 2026, source: "uji", maxTotal: 100, divisor: IIDDivisorRule(minimum: 2),
        numberScore: IIDNumberRule(perInnovation: 10, cap: 200),
        basicServiceAffairs: IIDAffairsRule(affairs: ["kesehatan", "pendidikan"]),
        predicates: IIDPredicateRule(bands: [
            IIDPredicateBand(name: "Kurang Inovatif", from: 0.01), IIDPredicateBand(name: "Inovatif", from: 40.01),
            IIDPredicateBand(name: "Sangat Inovatif", from: 65.01),
        ]),
        window: IIDWindow(from: day(2023, 1, 1), to: day(2025, 12, 31)),
        requiredStage: .implementation,
        lastOfficial: IIDOfficialResult(year: 2025, index: 48.30, predicate: "Inovatif"),
        spd: [
            IIDIndicator(number: "1", name: "Dokumen RKPD", weight: 2),
            IIDIndicator(number: "2", name: "Anggaran inovasi", weight: 2),
        ],
        sid: [
            IIDIndicator(
                number: "16", name: "Regulasi Inovasi Daerah", weight: 3, mandatory: true, fromEnactment: true),
            IIDIndicator(
                number: "17", name: "Ketersediaan dan peran SDM", weight: 2, mandatory: true,
                levels: ["SK tim", "SK tim dan uraian tugas", "SK tim, tugas dan laporan"]),
            IIDIndicator(number: "18", name: "Dukungan anggaran", weight: 2),
            IIDIndicator(number: "20", name: "Bimtek inovasi", weight: 1),
        ])

    static let setup = IIDSetup(rules: rules)

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day) ?? CalendarDay(containing: DashboardFixtures.now, in: .gmt)
    }

    /// Innovation 1 of OPD 2 (kesehatan, penerapan 2024, regulasi 2, SDM 1 backed): SID 3×2 + 2×1 = 8.
    /// Innovation 2 of OPD 3 (pendidikan, penerapan 2025, regulasi 1, nothing else): SID 3.
    /// Innovation 3 of OPD 2, still at uji coba: not sent.
    static let input = IIDPlanInput(
        year: 2026,
        spdAnswers: ["1": IIDScore.Answer(level: 3), "2": IIDScore.Answer(level: 1)],
        innovations: [
            IIDInnovationFacts(
                id: 1, title: "Inovasi nomor 1", agencyID: 2, agencyName: "Dinas Kesehatan", affairs: ["kesehatan"],
                stage: .implementation, implementedOn: day(2024, 3, 1),
                answers: ["16": IIDScore.Answer(level: 2), "17": IIDScore.Answer(level: 1)]),
            IIDInnovationFacts(
                id: 2, title: "Sekolah Ramah Anak", agencyID: 3, agencyName: "Dinas Pendidikan",
                affairs: ["pendidikan"], stage: .implementation, implementedOn: day(2025, 2, 1),
                answers: ["16": IIDScore.Answer(level: 1)]),
            IIDInnovationFacts(
                id: 3, title: "Inovasi nomor 3", agencyID: 2, agencyName: "Dinas Kesehatan", affairs: ["kesehatan"],
                stage: .trial, implementedOn: nil),
        ])

    /// A dashboard state with the rules in its context, an admin looking.
    static func state(width: Int = 160, height: Int = 48, language: Language = .id) -> DashboardState {
        var state = DashboardFixtures.state(width: width, height: height, language: language)
        state.context.role = .admin
        state.context.iid = setup
        return state
    }

    /// The OPD detail of OPD 2 open, innovation 1 (with a Perkada) under the cursor.
    static func detailState(width: Int = 160, height: Int = 48, language: Language = .id) -> DashboardState {
        var state = state(width: width, height: height, language: language)
        var detail = DetailFixtures.agency()
        detail.innovations[0].profile.enactment = Enactment(
            kind: .headRegulation, number: "12 Tahun 2024", on: DashboardFixtures.now)
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(detail))
        return state
    }

    /// The planner open on the city.
    static func plannerState(width: Int = 160, height: Int = 48, language: Language = .id) -> DashboardState {
        var state = state(width: width, height: height, language: language)
        _ = DashboardReducer.reduce(into: &state, action: .plannerLoaded(IIDPlanData(input), agencyID: nil))
        return state
    }
}
