import Foundation
import GRDB
import InovasiCore

/// The SQL of a queue filter: one WHERE clause over `proposal p` shared by the page and its count,
/// and the ORDER BY of its sort.
///
/// The WHERE clause needs no join (an OPD's name or code is matched through a subquery), so counts
/// and the id-only page query run on the covering indexes of schema versions 2 and 3; statuses are
/// written as literals so the waiting queue finds its partial index (``SchemaV3``).
struct QueueQuery {
    var whereSQL: String
    var arguments: StatementArguments
    /// The ORDER BY terms, over `p` and, for ``Store/QueueSort/agency``, `a`.
    var orderSQL: String
    /// Whether the order needs the OPD (`JOIN agency a`).
    var needsAgency: Bool
    /// The mean weighted score of `p` as SQL; the weights are numeric literals.
    var scoreSQL: String

    init(_ filter: Store.QueueFilter, now: Date, overdueDays: Int, scoring: ScoringRules = .standard) {
        var clauses: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        let statuses = ProposalStatus.allCases.filter(filter.statuses.contains)
        clauses.append(statuses.isEmpty ? "0" : SchemaV3.statusTerm(statuses, column: "p.status"))
        if !statuses.isEmpty, Set(statuses).isStrictSubset(of: Set(SchemaV3.waitingStatuses)) {
            // SQLite uses a partial index only when its own WHERE appears word for word: a reviewer's
            // "in review only" must still say "waiting" to be answered from the waiting index.
            clauses.append(SchemaV3.statusTerm(SchemaV3.waitingStatuses, column: "p.status"))
        }
        Self.addIn(
            "p.form", InnovationForm.allCases.filter(filter.forms.contains), emptyMeansNone: false, &clauses, &values)
        Self.addIn(
            "p.kind", InnovationKind.allCases.filter(filter.kinds.contains), emptyMeansNone: false, &clauses, &values)
        if let agencyID = filter.agencyID {
            clauses.append("p.agency_id = ?")
            values.append(agencyID)
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            let pattern = "%" + Self.escapeLike(text) + "%"
            clauses.append(
                "(p.title LIKE ? ESCAPE '\\' OR p.agency_id IN "
                    + "(SELECT id FROM agency WHERE name LIKE ? ESCAPE '\\' OR code LIKE ? ESCAPE '\\'))")
            values += [pattern, pattern, pattern]
        }
        if filter.overdueOnly {
            clauses.append(
                SchemaV3.statusTerm(SchemaV3.waitingStatuses, column: "p.status") + " AND p.submitted_at <= ?")
            values.append(StoredTime.text(Self.overdueCutoff(now: now, overdueDays: overdueDays)))
        }
        switch filter.assignee {
        case .anyone: break
        case .unassigned: clauses.append("p.id NOT IN (SELECT proposal_id FROM assignment)")
        case .user(let name):
            clauses.append("p.id IN (SELECT proposal_id FROM assignment WHERE reviewer = ?)")
            values.append(name)
        }
        whereSQL = "WHERE " + clauses.joined(separator: " AND ")
        arguments = StatementArguments(values)
        scoreSQL = Self.scoreExpression(scoring)
        orderSQL = Self.order(filter.sort, descending: filter.descending, score: scoreSQL)
        needsAgency = filter.sort == .agency
    }

    /// `column IN (?, …)` for the chosen raw values; an empty choice shows nothing or everything.
    private static func addIn<T: RawRepresentable>(
        _ column: String, _ chosen: [T], emptyMeansNone: Bool, _ clauses: inout [String],
        _ values: inout [(any DatabaseValueConvertible)?]
    ) where T.RawValue == String {
        if chosen.isEmpty {
            if emptyMeansNone { clauses.append("0") }
            return
        }
        clauses.append("\(column) IN (\(Array(repeating: "?", count: chosen.count).joined(separator: ", ")))")
        values += chosen.map(\.rawValue)
    }

    /// ORDER BY terms: the sort's key in its natural direction (or reversed), then submission and id.
    static func order(_ sort: Store.QueueSort, descending: Bool, score: String) -> String {
        let ascending = descending ? "DESC" : "ASC"
        switch sort {
        case .age: return "p.submitted_at \(ascending), p.id \(ascending)"
        case .score: return "\(score) \(descending ? "ASC" : "DESC") NULLS LAST, p.submitted_at, p.id"
        case .agency: return "a.code COLLATE NOCASE \(ascending), p.submitted_at, p.id"
        case .title: return "p.title COLLATE NOCASE \(ascending), p.submitted_at, p.id"
        }
    }

    /// The mean over reviewers of Σ wᵢ·valueᵢ / Σ wᵢ, as ``ScoringRules/weightedScore(_:)`` computes
    /// it for one reviewer; NULL when nobody scored, or when the weights sum to nothing.
    static func scoreExpression(_ scoring: ScoringRules) -> String {
        let weights = ReviewCriterion.allCases.map { criterion in
            let weight = scoring.weights[criterion] ?? 0
            return weight.isFinite ? weight : 0
        }
        let total = weights.reduce(0, +)
        guard total > 0, total.isFinite else { return "NULL" }
        let terms = zip(ReviewCriterion.allCases, weights).map { "\($1) * \(ScoreRecord.column($0))" }
        return "((SELECT AVG(\(terms.joined(separator: " + "))) FROM review_score WHERE proposal_id = p.id) / \(total))"
    }

    /// Submitted at or before this time means more than `overdueDays` whole days of waiting
    /// (the rule of `Proposal.isOverdue`).
    static func overdueCutoff(now: Date, overdueDays: Int) -> Date {
        now.addingTimeInterval(-Double(overdueDays + 1) * 86_400)
    }

    /// `text` with the LIKE wildcards and the escape character escaped by `\`.
    static func escapeLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
