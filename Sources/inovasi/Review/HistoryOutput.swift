import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// A proposal's history and its reviewers' scores side by side, as text or JSON.
struct HistoryOutput {
    let proposal: Proposal
    let assignee: String?
    /// The proposal's own audit rows and its score rows, oldest first.
    let events: [AuditEntry]
    let scores: [ReviewScore]
    let rules: ScoringRules
    let style: OutputStyle

    /// The scores the recommendation is made on: the current round's only.
    var currentScores: [ReviewScore] { ReviewScore.ofRound(proposal.round, in: scores) }

    var document: HistoryDocument {
        let weighted = currentScores.compactMap { rules.weightedScore($0.values) }
        let mean = weighted.isEmpty ? nil : weighted.reduce(0, +) / Double(weighted.count)
        let verdict = rules.verdict(of: currentScores)
        return HistoryDocument(
            id: proposal.id, title: proposal.title, status: proposal.status.rawValue, version: proposal.version,
            round: proposal.round, assignee: assignee, events: events.map(HistoryEvent.init),
            scores: scores.map { HistoryScore($0, rules: rules) }, meanScore: mean, threshold: rules.threshold,
            recommendsApproval: verdict == .approve,
            meanValues: Dictionary(
                uniqueKeysWithValues: ScoringRules.meanValues(currentScores).map { ($0.key.rawValue, $0.value) }),
            recommendation: verdict?.key, unmet: verdict?.unmet.map(\.rawValue) ?? [], verdict: verdict)
    }

    func text() -> String {
        let language = style.language
        let title = ReviewMessageText.historyTitle(
            id: proposal.id, title: proposal.title, status: proposal.status, version: proposal.version,
            assignee: assignee)
        var table = TextTable(columns: [
            TextTable.Column(
                ReviewMessageText.historyTime(DateText.zoneName(style.zone, at: style.now)).text(language)),
            TextTable.Column(ReviewMessageText.historyUser.text(language)),
            TextTable.Column(ReviewMessageText.historyAction.text(language), maxWidth: 40),
            TextTable.Column(ReviewMessageText.historyNote.text(language), maxWidth: 60),
        ])
        for event in events {
            let time =
                DateText.medium(event.at, in: style.zone, language) + " "
                + DateText.time(event.at, in: style.zone, language)
            table.add([
                time, event.user, event.actionText.text(language), event.noteText(in: style.zone).text(language),
            ])
        }
        return style.titled(title.text(language), table, markdown: false) + "\n" + scoreText()
    }

    /// Each round's scores, oldest first, under a heading once there is more than one round; the
    /// mean and the recommendation under the current round's.
    func scoreText() -> String {
        let rounds = Set(scores.map(\.round)).union([proposal.round]).sorted()
        guard rounds.count > 1 else { return scoreText(currentScores, isCurrent: true) }
        return rounds.map { round in
            ReviewMessageText.historyRound(round, current: round == proposal.round).text(style.language) + "\n"
                + scoreText(ReviewScore.ofRound(round, in: scores), isCurrent: round == proposal.round)
        }.joined(separator: "\n")
    }

    /// The criteria down, the reviewers across, then each one's weighted score and, for the
    /// current round, the mean.
    private func scoreText(_ scores: [ReviewScore], isCurrent: Bool) -> String {
        let language = style.language
        guard !scores.isEmpty else { return ReviewMessageText.historyNoScores.text(language) + "\n" }
        var columns = [TextTable.Column(ReviewMessageText.historyCriterion.text(language))]
        columns += scores.map { TextTable.Column($0.reviewer, alignment: .right) }
        columns.append(TextTable.Column(ReviewMessageText.historyMinimum.text(language), alignment: .right))
        var table = TextTable(columns: columns)
        for criterion in ReviewCriterion.allCases {
            let minimum = rules.minimum(criterion)
            let cells = scores.map { score in
                score.values[criterion].map { Double($0) < minimum ? "✗ \($0)" : String($0) } ?? "–"
            }
            table.add(
                [criterion.label.text(language)] + cells + [NumberText.decimal(minimum, fractionDigits: 0, language)])
        }
        table.addRule()
        let weighted = scores.map { rules.weightedScore($0.values) }
        table.add(
            [ReviewMessageText.historyWeighted.text(language)]
                + weighted.map { $0.map { NumberText.decimal($0, fractionDigits: 2, language) } ?? "–" } + [""])
        table.add(
            [ReviewMessageText.historyVerdict.text(language)]
                + scores.map { rules.verdict($0.values)?.shortLabel.text(language) ?? "–" } + [""])
        var notes = scores.filter { !$0.note.isEmpty }.map { "\($0.reviewer): \($0.note)" }
        let document = self.document
        if isCurrent, let mean = document.meanScore, let verdict = document.verdict {
            notes.append(
                ReviewMessageText.historyMean(
                    NumberText.decimal(mean, fractionDigits: 2, language), count: scores.count,
                    threshold: NumberText.decimal(rules.threshold, fractionDigits: 2, language), verdict: verdict
                ).text(language))
        }
        return table.render() + notes.map { Sanitizer.clean($0) + "\n" }.joined()
    }
}

/// `review history --format json`: the proposal, its events and its scores under stable keys.
struct HistoryDocument: Encodable {
    var id: Int64
    var title: String
    var status: String
    var version: Int64
    /// The current review round; `scores` holds every round's, each with its `round`.
    var round: Int64
    var assignee: String?
    var events: [HistoryEvent]
    var scores: [HistoryScore]
    /// Mean over reviewers of the weighted scores; null while unscored.
    var meanScore: Double?
    var threshold: Double
    /// Every criterion's mean met and the mean weighted score at the threshold.
    var recommendsApproval: Bool
    /// The mean over the current round's reviewers of each criterion (raw name); empty while unscored.
    var meanValues: [String: Double]
    /// The proposal's recommendation on those means: `approve`, `revise`, `notMet`; null while unscored.
    var recommendation: String?
    /// The criteria (raw names) whose mean is below the minimum.
    var unmet: [String]
    let verdict: Verdict?

    enum Key: String, CodingKey {
        case id, title, status, version, round, assignee, events, scores, meanScore, threshold, recommendsApproval
        case meanValues, recommendation, unmet
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(status, forKey: .status)
        try container.encode(version, forKey: .version)
        try container.encode(round, forKey: .round)
        try container.encode(assignee, forKey: .assignee)
        try container.encode(events, forKey: .events)
        try container.encode(scores, forKey: .scores)
        try container.encode(meanScore, forKey: .meanScore)
        try container.encode(threshold, forKey: .threshold)
        try container.encode(recommendsApproval, forKey: .recommendsApproval)
        try container.encode(meanValues, forKey: .meanValues)
        try container.encode(recommendation, forKey: .recommendation)
        try container.encode(unmet, forKey: .unmet)
    }
}

/// One audit row: who, when, what (the raw action), the note, and which record it is about.
struct HistoryEvent: Encodable {
    var id: Int64
    var at: Date
    var user: String
    var action: String
    var entity: String
    var note: String

    init(_ entry: AuditEntry) {
        id = entry.id
        at = entry.at
        user = entry.user
        action = entry.action
        entity = entry.entity
        note = entry.note
    }
}

/// One reviewer's scores with their weighted score under the configured rules.
struct HistoryScore: Encodable {
    var reviewer: String
    /// The review round these scores were given in.
    var round: Int64
    var scores: [String: Int]
    var criterionNotes: [String: String]
    var note: String
    var scoredAt: Date
    var weightedScore: Double?
    /// This reviewer's own recommendation: `approve`, `revise`, `notMet`.
    var recommendation: String?
    /// The criteria (raw names) this reviewer scored below the minimum.
    var unmet: [String]

    init(_ score: ReviewScore, rules: ScoringRules) {
        reviewer = score.reviewer
        round = score.round
        scores = Dictionary(uniqueKeysWithValues: score.values.map { ($0.key.rawValue, $0.value) })
        criterionNotes = Dictionary(uniqueKeysWithValues: score.criterionNotes.map { ($0.key.rawValue, $0.value) })
        note = score.note
        scoredAt = score.scoredAt
        weightedScore = rules.weightedScore(score.values)
        let verdict = rules.verdict(score.values)
        recommendation = verdict?.key
        unmet = verdict?.unmet.map(\.rawValue) ?? []
    }
}
