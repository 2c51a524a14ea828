import Foundation

/// The demo's IID evidence for the assessment year of `now`: the region's SPD levels, and levels
/// with documents for a plausible share of the innovations in penerapan, so the planner shows an
/// estimate near Kota Cilegon's 48.30 (2025) with gaps to find: innovations without evidence,
/// mandatory evidence missing (often the video), levels entered without a document, low levels.
///
/// The indicator numbers follow the 2026 catalogue (SPD 1–15b, SID 17–35; regulasi, 16, is read
/// from the penetapan): they are demo content, not rules. An office file that numbers them
/// otherwise simply finds no answers for its own numbers. Deterministic: one stream per innovation.
/// Who entered it is left blank: the store writes the user who loads the demo.
struct IIDEvidenceBuilder {
    /// The SPD indicators of the demo, with the level the region holds.
    static let spdLevels: [(String, Int)] = [
        ("1", 3), ("2", 3), ("3", 2), ("4", 2), ("5", 2), ("6a", 2), ("6b", 2), ("7", 2), ("8", 2), ("9", 3),
        ("10", 2), ("11a", 2), ("11b", 2), ("12a", 2), ("12b", 2), ("13", 2), ("14a", 2), ("14b", 1), ("15a", 1),
        ("15b", 2),
    ]
    /// The SID indicators a person enters, and how likely each is to be entered at all.
    static let sidChances: [(String, Double)] = [
        ("17", 0.95), ("18", 0.9), ("19", 0.95), ("20", 0.8), ("21", 0.85), ("22", 0.85), ("23", 0.9),
        ("24", 0.75), ("25", 0.95), ("26", 0.8), ("27", 0.9), ("28", 0.9), ("29", 0.8), ("30", 0.75), ("31", 0.4),
        ("32", 0.9), ("33", 0.9), ("34", 0.8), ("35", 0.7),
    ]
    /// The typical level of an OPD's evidence: thorough, ordinary, thin.
    static let diligence: [ClosedRange<Int>] = [2...3, 1...3, 1...2]

    let clock: DemoClock
    let seed: UInt64
    /// The agency ids of the city (1…n); other regions' innovations get evidence far less often.
    let cityAgencies: ClosedRange<Int64>

    /// The evidence of `innovations` (ids assigned) and of the region.
    func build(_ innovations: [Innovation]) -> [IIDEvidence] {
        let year = CalendarDay(containing: clock.now, in: clock.zone).year
        let at = clock.now.addingTimeInterval(-3 * 86_400)
        var result = Self.spdLevels.map { number, level in
            IIDEvidence(
                year: year, innovationID: nil, indicator: number, level: level, document: "spd-\(number).pdf",
                enteredAt: at)
        }
        for innovation in innovations where innovation.stage == .implementation && innovation.profile.isActive {
            var rng = SplitMix64(seed: seed, stream: .iidEvidence, index: UInt64(innovation.id))
            let share = cityAgencies.contains(innovation.agencyID) ? 0.93 : 0.1
            guard rng.chance(share) else { continue }
            let levels = Self.diligence[rng.weightedIndex([55, 40, 5])]
            for (number, chance) in Self.sidChances where rng.chance(chance) {
                let level = rng.int(in: levels)
                let document = rng.chance(0.94) ? "inovasi-\(innovation.id)-\(number).pdf" : ""
                result.append(
                    IIDEvidence(
                        year: year, innovationID: innovation.id, indicator: number, level: level, document: document,
                        enteredAt: at))
            }
        }
        return result
    }
}
