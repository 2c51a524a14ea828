import Foundation

/// The IID arithmetic as pure functions of the year's ``IIDRules`` and what the caller knows, so
/// the estimate, the missing evidence and the ranked actions all compute with one rule each.
///
/// Every indicator scores weight × level (0–3), and 0 without evidence. The maturity average is the
/// SID scores' sum over MAX(minimum divisor, innovations sent); the number score is points per
/// innovation up to the cap, and 0 when a basic-service affair is not covered. The index is the
/// total over the maximum × 100, and its predicate the band it falls in, compared to two decimals.
public enum IIDScore {
    /// One indicator's answer: the level chosen and whether evidence backs it.
    public struct Answer: Sendable, Equatable {
        /// 0 to 3; anything outside is clamped.
        public var level: Int
        /// Whether a document or link supports the level; without it the indicator scores 0.
        public var hasEvidence: Bool

        /// An answer; by default backed by evidence.
        public init(level: Int, hasEvidence: Bool = true) {
            self.level = level
            self.hasEvidence = hasEvidence
        }
    }

    /// The maturity average and the divisor it used.
    public struct Maturity: Sendable, Equatable {
        /// The SID scores' sum over ``divisor``.
        public var average: Double
        /// MAX(minimum divisor, innovations sent).
        public var divisor: Int
    }

    /// The points of one indicator for `answer` (none: 0).
    public static func points(_ indicator: IIDIndicator, _ answer: Answer?) -> Double {
        guard let answer, answer.hasEvidence else { return 0 }
        return indicator.weight * Double(min(max(answer.level, 0), 3))
    }

    /// The sum over `indicators` of their points, answers keyed by indicator number.
    public static func score(_ indicators: [IIDIndicator], answers: [String: Answer]) -> Double {
        indicators.reduce(0) { $0 + points($1, answers[$1.number]) }
    }

    /// The region's SPD score.
    public static func spd(_ rules: IIDRules, answers: [String: Answer]) -> Double {
        score(rules.spd, answers: answers)
    }

    /// One innovation's SID score (out of ``IIDRules/sidMaximum``, 111 in 2026).
    public static func sid(_ rules: IIDRules, answers: [String: Answer]) -> Double {
        score(rules.sid, answers: answers)
    }

    /// The mandatory SID indicators this innovation scores nothing on (no answer, level 0, or no
    /// evidence): the points it loses and the report names.
    public static func missingMandatory(_ rules: IIDRules, answers: [String: Answer]) -> [IIDIndicator] {
        rules.mandatorySID.filter { points($0, answers[$0.number]) == 0 }
    }

    /// The maturity average of `sidScores` (one per innovation sent, rejected ones included).
    public static func maturity(_ sidScores: [Double], minimumDivisor: Int) -> Maturity {
        let divisor = max(minimumDivisor, sidScores.count, 1)
        return Maturity(average: sidScores.reduce(0, +) / Double(divisor), divisor: divisor)
    }

    /// The basic-service affairs of `rule` none of `covered` names by its name or another name it goes
    /// by (compared without case or outer spaces).
    public static func missingAffairs(_ rule: IIDAffairsRule, covered: [String]) -> [String] {
        let have = Set(covered.map(normalized))
        return rule.affairs.filter { affair in !rule.names(of: affair).contains { have.contains(normalized($0)) } }
    }

    /// The number score of `count` innovations: 0 when `affairsCovered` is false, else points per
    /// innovation up to the cap.
    public static func number(_ rule: IIDNumberRule, count: Int, affairsCovered: Bool) -> Double {
        guard affairsCovered else { return 0 }
        return Double(min(max(count, 0), rule.cap)) * rule.perInnovation
    }

    /// The total: SPD + maturity average + number score.
    public static func total(spd: Double, maturity: Double, number: Double) -> Double {
        spd + maturity + number
    }

    /// The index: `total` over `maxTotal` × 100.
    public static func index(total: Double, maxTotal: Double) -> Double {
        guard maxTotal > 0 else { return 0 }
        return total / maxTotal * 100
    }

    /// The band `index` falls in, compared in hundredths as the Ministry publishes it (65.00 is
    /// below a band from 65.01); nil below every band.
    public static func predicate(_ index: Double, _ rule: IIDPredicateRule) -> IIDPredicateBand? {
        let value = hundredths(index)
        return rule.bands.sorted { $0.from > $1.from }.first { value >= hundredths($0.from) }
    }

    /// The next band above `index`, the one the office aims at; nil at the top.
    public static func nextPredicate(_ index: Double, _ rule: IIDPredicateRule) -> IIDPredicateBand? {
        let value = hundredths(index)
        return rule.bands.sorted { $0.from < $1.from }.first { hundredths($0.from) > value }
    }

    static func hundredths(_ value: Double) -> Int { Int((value * 100).rounded()) }

    static func normalized(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
