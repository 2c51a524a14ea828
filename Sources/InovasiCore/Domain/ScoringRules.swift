import Foundation

/// Weights of the criteria, the minimum each must reach and the approval threshold; from the
/// config, never hard-coded.
///
/// PP 38/2017 Pasal 6 asks an innovation to meet every criterion, so each criterion is a gate
/// (``minimums``) before the weighted mean is compared with the threshold; the mean still ranks.
public struct ScoringRules: Codable, Hashable, Sendable {
    /// How much each criterion counts in the weighted score; a missing criterion counts 0.
    public var weights: [ReviewCriterion: Double]
    /// Weighted score (1–5 scale) at or above which the recommendation is to approve.
    public var threshold: Double
    /// The score (1–5) each criterion must reach to be met; a missing criterion needs ``standardMinimum``.
    public var minimums: [ReviewCriterion: Double]

    /// The minimum of a criterion the config does not name: 3, the middle of the scale.
    public static let standardMinimum = 3.0

    /// Equal weights, threshold 3.5, every criterion at least 3.
    public static let standard = ScoringRules(
        weights: Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 1.0) }),
        threshold: 3.5)

    /// Rules with these weights, threshold and minimums, unchecked: ``validate()`` refuses bad ones
    /// (the config loader calls it).
    public init(weights: [ReviewCriterion: Double], threshold: Double, minimums: [ReviewCriterion: Double] = [:]) {
        self.weights = weights
        self.threshold = threshold
        self.minimums = Dictionary(
            uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, minimums[$0] ?? Self.standardMinimum) })
    }

    /// The minimum `criterion` must reach.
    public func minimum(_ criterion: ReviewCriterion) -> Double {
        minimums[criterion] ?? Self.standardMinimum
    }

    /// The weighted mean of the given values on the 1–5 scale; nil when nothing is scored.
    public func weightedScore(_ values: [ReviewCriterion: Int]) -> Double? {
        weightedScore(means: values.mapValues(Double.init))
    }

    /// The weighted mean of values that may be means themselves (a proposal's reviewers' means).
    public func weightedScore(means values: [ReviewCriterion: Double]) -> Double? {
        var sum = 0.0
        var weightSum = 0.0
        for (criterion, value) in values {
            let weight = weights[criterion] ?? 0
            sum += weight * value
            weightSum += weight
        }
        return weightSum > 0 ? sum / weightSum : nil
    }

    /// Whether the scores recommend approval: every criterion met and the weighted score at the threshold.
    public func recommendsApproval(_ values: [ReviewCriterion: Int]) -> Bool {
        verdict(values) == .approve
    }

    /// One reviewer's verdict on their own scores; nil until all five criteria are scored.
    public func verdict(_ values: [ReviewCriterion: Int]) -> Verdict? {
        verdict(means: values.mapValues(Double.init))
    }

    /// The verdict on `values` (one reviewer's, or the mean of several per criterion): the criteria
    /// below their minimum, in the regulation's order, whatever the mean; else approve or revise by
    /// the threshold. Nil until all five criteria are scored.
    public func verdict(means values: [ReviewCriterion: Double]) -> Verdict? {
        guard ReviewCriterion.allCases.allSatisfy({ values[$0] != nil }), let score = weightedScore(means: values)
        else {
            return nil
        }
        let unmet = ReviewCriterion.allCases.filter { (values[$0] ?? 0) < minimum($0) }
        if !unmet.isEmpty { return .notMet(unmet) }
        return score >= threshold ? .approve : .belowThreshold
    }

    /// The proposal's verdict: on the mean of its reviewers' scores per criterion (see ``meanValues(_:)``).
    public func verdict(of scores: [ReviewScore]) -> Verdict? {
        verdict(means: Self.meanValues(scores))
    }

    /// The mean over reviewers of each criterion's score; a criterion no one scored is absent.
    public static func meanValues(_ scores: [ReviewScore]) -> [ReviewCriterion: Double] {
        var result: [ReviewCriterion: Double] = [:]
        for criterion in ReviewCriterion.allCases {
            let given = scores.compactMap { $0.values[criterion] }
            guard !given.isEmpty else { continue }
            result[criterion] = Double(given.reduce(0, +)) / Double(given.count)
        }
        return result
    }

    /// Checks that weights are non-negative, not all zero, the threshold and every minimum on the 1–5 scale.
    public func validate() throws(ValidationError) {
        for (criterion, weight) in weights where weight < 0 || !weight.isFinite {
            throw ValidationError(field: "weights.\(criterion.rawValue)", reason: .invalid)
        }
        guard weights.values.reduce(0, +) > 0 else {
            throw ValidationError(field: "weights", reason: .invalid)
        }
        guard (1.0...5.0).contains(threshold) else {
            throw ValidationError(field: "threshold", reason: .invalid)
        }
        for criterion in ReviewCriterion.allCases where !(1.0...5.0).contains(minimum(criterion)) {
            throw ValidationError(field: "minimums.\(criterion.rawValue)", reason: .invalid)
        }
    }
}

/// What scores recommend: PP 38/2017 makes every criterion a gate, then the threshold decides.
public enum Verdict: Hashable, Sendable {
    /// Every criterion met and the weighted score at or above the threshold.
    case approve
    /// Every criterion met, but the weighted score below the threshold: revise.
    case belowThreshold
    /// These criteria (in the regulation's order) are below their minimum, whatever the mean.
    case notMet([ReviewCriterion])

    /// The criteria not met; empty when all are.
    public var unmet: [ReviewCriterion] {
        if case .notMet(let criteria) = self { return criteria }
        return []
    }

    /// A stable English word for JSON: `approve`, `revise` or `notMet`.
    public var key: String {
        switch self {
        case .approve: "approve"
        case .belowThreshold: "revise"
        case .notMet: "notMet"
        }
    }
}
