import Foundation
import GRDB
import InovasiCore

/// The SQL of a queue filter: one set of ids (``idsSQL``), which a page orders and slices
/// (``pageIDsSQL``) and a count counts (``countSQL``), so the two can never disagree by
/// construction; and the ORDER BY of its sort.
///
/// The WHERE clause needs no join (an OPD's name or code is matched through a subquery, the OPD
/// order through one too), so counts and the id-only page query run on the covering indexes of
/// schema versions 2 and 3; statuses are written as literals so the waiting queue finds its
/// partial index (``SchemaV3``). The overdue bound is never an index bound (``overdueTerm(_:)``).
struct QueueQuery {
    var whereSQL: String
    var arguments: StatementArguments
    /// The ORDER BY terms, over `p` only.
    var orderSQL: String
    /// The mean weighted score of `p` as SQL; the weights are numeric literals.
    var scoreSQL: String

    /// Every proposal the filter matches, in no order: `SELECT p.id FROM proposal p WHERE …`.
    var idsSQL: String { "SELECT p.id FROM proposal p \(whereSQL)" }
    /// One page of ``idsSQL`` in the filter's order; its arguments are ``arguments`` then limit and offset.
    var pageIDsSQL: String { "\(idsSQL) ORDER BY \(orderSQL) LIMIT ? OFFSET ?" }
    /// How many ids ``idsSQL`` holds; its arguments are ``arguments``.
    var countSQL: String { "SELECT COUNT(*) FROM (\(idsSQL))" }

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
            clauses.append(Self.overdueTerm("p."))
            values.append(Self.overdueCutoffText(OverdueRule(now: now, overdueDays: overdueDays)))
        }
        switch filter.assignee {
        case .anyone: break
        case .unassigned: clauses.append("p.id NOT IN (SELECT proposal_id FROM assignment)")
        case .user(let name):
            clauses.append("p.id IN (SELECT proposal_id FROM assignment WHERE reviewer = ?)")
            values.append(name)
        }
        // A removed proposal (soft delete) leaves every queue; tested on the id each index holds.
        clauses.append(Removal.notRemoved(.proposal, "p.id"))
        whereSQL = "WHERE " + clauses.joined(separator: " AND ")
        arguments = StatementArguments(values)
        scoreSQL = Self.scoreExpression(scoring)
        orderSQL = Self.order(filter.sort, descending: filter.descending, score: scoreSQL)
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
        case .agency:
            return "(SELECT code FROM agency WHERE id = p.agency_id) COLLATE NOCASE \(ascending), p.submitted_at, p.id"
        case .title: return "p.title COLLATE NOCASE \(ascending), p.submitted_at, p.id"
        }
    }

    /// The mean over reviewers of Σ wᵢ·valueᵢ / Σ wᵢ, as ``ScoringRules/weightedScore(_:)`` computes
    /// it for one reviewer, over the current round's scores only; NULL when nobody scored in this
    /// round, or when the weights sum to nothing.
    static func scoreExpression(_ scoring: ScoringRules) -> String {
        let weights = ReviewCriterion.allCases.map { criterion in
            let weight = scoring.weights[criterion] ?? 0
            return weight.isFinite ? weight : 0
        }
        let total = weights.reduce(0, +)
        guard total > 0, total.isFinite else { return "NULL" }
        let terms = zip(ReviewCriterion.allCases, weights).map { "\($1) * \(ScoreRecord.column($0))" }
        return
            "((SELECT AVG(\(terms.joined(separator: " + "))) FROM review_score WHERE proposal_id = p.id AND round = p.round) / \(total))"
    }

    /// The criteria whose mean over the current round's reviewers is below its minimum
    /// (``ScoringRules/verdict(of:)``'s gate), as their raw names each followed by a comma; NULL
    /// while nobody scored in this round. Read back with ``unmet(_:)``.
    static func unmetExpression(_ scoring: ScoringRules) -> String {
        let terms = ReviewCriterion.allCases.map { criterion in
            let minimum =
                scoring.minimum(criterion).isFinite ? scoring.minimum(criterion) : ScoringRules.standardMinimum
            return "CASE WHEN AVG(\(ScoreRecord.column(criterion))) < \(minimum) "
                + "THEN '\(criterion.rawValue),' ELSE '' END"
        }
        return "(SELECT CASE WHEN COUNT(*) = 0 THEN NULL ELSE \(terms.joined(separator: " || ")) END "
            + "FROM review_score WHERE proposal_id = p.id AND round = p.round)"
    }

    /// The criteria ``unmetExpression(_:)`` listed, in the regulation's order.
    static func unmet(_ text: String?) -> [ReviewCriterion] {
        let names = Set((text ?? "").split(separator: ",").map(String.init))
        return ReviewCriterion.allCases.filter { names.contains($0.rawValue) }
    }

    /// ``OverdueRule/cutoff`` as stored, the argument of ``overdueTerm(_:)``.
    static func overdueCutoffText(_ rule: OverdueRule) -> String {
        StoredTime.text(rule.cutoff)
    }

    /// ``OverdueRule`` in SQL: one of ``ProposalStatus/waiting`` and submitted at or before the
    /// cutoff (one `?`, bound to ``overdueCutoffText(_:)``), over the columns of `prefix` (`"p."` or
    /// `""`); used by the queue and the OPD table.
    ///
    /// The unary `+` keeps SQLite from using the cutoff as an index bound: SQLite 3.40 (Debian
    /// 12's, which GRDB links) skips an upper bound that follows an `IN` in the same index when it
    /// steps instead of seeking (its `SeekScan` step), so `agency_id = ? AND status IN (…) AND
    /// submitted_at <= ?` on `proposal_agency_status` listed proposals submitted after the cutoff.
    /// The bound is then checked on every row the index hands over (DECISIONS.md).
    static func overdueTerm(_ prefix: String) -> String {
        SchemaV3.statusTerm(ProposalStatus.waiting, column: "\(prefix)status") + " AND +\(prefix)submitted_at <= ?"
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
