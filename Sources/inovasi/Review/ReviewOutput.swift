import Foundation
import InovasiCore
import InovasiStore

/// What a `review` command did, as JSON for scripts: `{action, user, proposals: [...]}`, plus
/// `undid` (the audit action reversed) after an undo.
struct ReviewResult: Encodable {
    /// The command: take, approve, revise, reject, undo, assign, unassign.
    var action: String
    /// The Unix user who acted.
    var user: String
    var proposals: [ReviewedProposal]
    var undid: String?
}

/// One proposal as a `review` command left it, under stable English keys; absent values are null.
struct ReviewedProposal: Encodable {
    var id: Int64
    var status: String
    var version: Int64
    var assignee: String?
    /// The innovation an approval created.
    var innovationID: Int64?

    init(_ proposal: Proposal, assignee: String?, innovationID: Int64? = nil) {
        id = proposal.id
        status = proposal.status.rawValue
        version = proposal.version
        self.assignee = assignee
        self.innovationID = innovationID
    }

    enum Key: String, CodingKey {
        case id, status, version, assignee, innovationID
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(version, forKey: .version)
        try container.encode(assignee, forKey: .assignee)
        try container.encode(innovationID, forKey: .innovationID)
    }
}

/// The result of `review score`: the saved values, the weighted score and the recommendation.
struct ScoreResult: Encodable {
    var id: Int64
    var reviewer: String
    /// Values by criterion raw name.
    var scores: [String: Int]
    var criterionNotes: [String: String]
    var note: String
    var weightedScore: Double
    var threshold: Double
    /// Every criterion met and the weighted score at the threshold.
    var recommendsApproval: Bool
    /// `approve`, `revise` or `notMet` (``Verdict/key``).
    var recommendation: String
    /// The criteria (raw names) scored below their minimum, in the regulation's order.
    var unmet: [String]
    /// The minimum of each criterion (raw name), from the config.
    var minimums: [String: Double]
    let verdict: Verdict?

    enum CodingKeys: String, CodingKey {
        case id, reviewer, scores, criterionNotes, note, weightedScore, threshold, recommendsApproval
        case recommendation, unmet, minimums
    }

    init(_ score: ReviewScore, rules: ScoringRules) {
        id = score.proposalID
        reviewer = score.reviewer
        scores = Dictionary(uniqueKeysWithValues: score.values.map { ($0.key.rawValue, $0.value) })
        criterionNotes = Dictionary(uniqueKeysWithValues: score.criterionNotes.map { ($0.key.rawValue, $0.value) })
        note = score.note
        weightedScore = rules.weightedScore(score.values) ?? 0
        threshold = rules.threshold
        recommendsApproval = rules.recommendsApproval(score.values)
        verdict = rules.verdict(score.values)
        recommendation = verdict?.key ?? "revise"
        unmet = verdict?.unmet.map(\.rawValue) ?? []
        minimums = Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0.rawValue, rules.minimum($0)) })
    }

    /// The sentence that says it, in `language`.
    func text(_ language: Language) -> String {
        ReviewMessageText.scoreSaved(
            id: id, user: reviewer, score: NumberText.decimal(weightedScore, fractionDigits: 2, language),
            threshold: NumberText.decimal(threshold, fractionDigits: 2, language),
            verdict: verdict ?? .belowThreshold
        ).text(language)
    }
}
