import Foundation
import InovasiCore

/// The 2026 rules as `iid.md` transcribes them, built in code so the arithmetic is tested on
/// numbers written by hand, not on the shipped file it should check.
enum IIDFixture {
    static let sidWeights: [(String, Double, Bool)] = [
        ("16", 3, true), ("17", 2, true), ("18", 2, false), ("19", 2, false), ("20", 1, false), ("21", 2, false),
        ("22", 1, false), ("23", 1, false), ("24", 1, false), ("25", 1, false), ("26", 1, false), ("27", 1, false),
        ("28", 2, false), ("29", 1, false), ("30", 2, false), ("31", 3, false), ("32", 2, true), ("33", 3, true),
        ("34", 2, false), ("35", 4, true),
    ]

    static let affairs = [
        "pendidikan", "kesehatan", "pekerjaan umum dan penataan ruang", "perumahan rakyat dan kawasan permukiman",
        "ketenteraman, ketertiban umum, dan pelindungan masyarakat", "sosial",
    ]

    static let predicates = IIDPredicateRule(bands: [
        IIDPredicateBand(name: "Kurang Inovatif", from: 0.01), IIDPredicateBand(name: "Sangat Inovatif", from: 65.01),
        IIDPredicateBand(name: "Tidak Dapat Dinilai", from: 0), IIDPredicateBand(name: "Inovatif", from: 40.01),
    ])

    static let rules = IIDRules(
        year: 2026, maxTotal: 250, divisor: IIDDivisorRule(minimum: 12),
        numberScore: IIDNumberRule(perInnovation: 0.38, cap: 200),
        basicServiceAffairs: IIDAffairsRule(affairs: affairs),
        predicates: predicates,
        window: IIDWindow(
            from: CalendarDay(containing: Date(timeIntervalSince1970: 1_704_067_200), in: .gmt),
            to: CalendarDay(containing: Date(timeIntervalSince1970: 1_767_139_200), in: .gmt)),
        spd: [
            IIDIndicator(number: "1", name: "Visi dan misi inovasi", weight: 1),
            IIDIndicator(number: "6a", name: "Tren pengangguran", weight: 0.75),
        ],
        sid: sidWeights.map { IIDIndicator(number: $0.0, name: "Indikator \($0.0)", weight: $0.1, mandatory: $0.2) })

    /// Every SID indicator at `level`, with evidence.
    static func allAt(_ level: Int) -> [String: IIDScore.Answer] {
        Dictionary(uniqueKeysWithValues: sidWeights.map { ($0.0, IIDScore.Answer(level: level)) })
    }
}
