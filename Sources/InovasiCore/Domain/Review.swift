import Foundation

/// The five criteria of PP 38/2017 Pasal 6 on which every reviewer scores a proposal.
public enum ReviewCriterion: String, Codable, CaseIterable, Sendable {
    /// Mengandung pembaharuan.
    case renewal
    /// Memberi manfaat bagi daerah dan/atau masyarakat.
    case benefit
    /// Tidak mengakibatkan pembebanan atau pembatasan pada masyarakat.
    case noUndueBurden
    /// Merupakan urusan pemerintahan yang menjadi kewenangan daerah.
    case withinAuthority
    /// Dapat direplikasi.
    case replicable
}

/// One reviewer's scores of one proposal: 1–5 per criterion, with notes.
public struct ReviewScore: Codable, Hashable, Sendable {
    /// The proposal scored.
    public var proposalID: Int64
    /// Unix user name of the reviewer.
    public var reviewer: String
    /// Score 1–5 per criterion; complete only when all five are present (see ``validate()``).
    public var values: [ReviewCriterion: Int]
    /// The reviewer's reasoning per criterion, where they gave one.
    public var criterionNotes: [ReviewCriterion: String]
    /// The reviewer's overall remark on the proposal; may be empty.
    public var note: String
    /// When the reviewer last saved these scores; scoring again in the same round replaces them.
    public var scoredAt: Date
    /// The review round scored (``Proposal/round``); the store sets it to the proposal's current round.
    public var round: Int64

    /// One reviewer's scores; `round` is the proposal's round they were given in.
    public init(
        proposalID: Int64, reviewer: String, values: [ReviewCriterion: Int],
        criterionNotes: [ReviewCriterion: String] = [:], note: String = "", scoredAt: Date, round: Int64 = 1
    ) {
        self.round = round
        self.proposalID = proposalID
        self.reviewer = reviewer
        self.values = values
        self.criterionNotes = criterionNotes
        self.note = note
        self.scoredAt = scoredAt
    }

    /// Checks that every criterion has a value from 1 to 5.
    public func validate() throws(ValidationError) {
        for criterion in ReviewCriterion.allCases {
            guard let value = values[criterion] else {
                throw ValidationError(field: "score.\(criterion.rawValue)", reason: .missing)
            }
            guard (1...5).contains(value) else {
                throw ValidationError(
                    field: "score.\(criterion.rawValue)", reason: .outOfRange(min: 1, max: 5, got: value))
            }
        }
    }
}

/// Weights of the criteria and the approval threshold; from the config, never hard-coded.
public struct ScoringRules: Codable, Hashable, Sendable {
    /// How much each criterion counts in the weighted score; a missing criterion counts 0.
    public var weights: [ReviewCriterion: Double]
    /// Weighted score (1–5 scale) at or above which the recommendation is to approve.
    public var threshold: Double

    /// Equal weights, threshold 3.5.
    public static let standard = ScoringRules(
        weights: Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, 1.0) }),
        threshold: 3.5)

    /// Rules with these weights and threshold, unchecked: ``validate()`` refuses bad ones (the config loader calls it).
    public init(weights: [ReviewCriterion: Double], threshold: Double) {
        self.weights = weights
        self.threshold = threshold
    }

    /// The weighted mean of the given values on the 1–5 scale; nil when nothing is scored.
    public func weightedScore(_ values: [ReviewCriterion: Int]) -> Double? {
        var sum = 0.0
        var weightSum = 0.0
        for (criterion, value) in values {
            let weight = weights[criterion] ?? 0
            sum += weight * Double(value)
            weightSum += weight
        }
        return weightSum > 0 ? sum / weightSum : nil
    }

    /// Whether the weighted score recommends approval.
    public func recommendsApproval(_ values: [ReviewCriterion: Int]) -> Bool {
        guard values.count == ReviewCriterion.allCases.count, let score = weightedScore(values) else {
            return false
        }
        return score >= threshold
    }

    /// Checks that weights are non-negative, not all zero, and the threshold is on the 1–5 scale.
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
    }
}
