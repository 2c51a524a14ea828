import Foundation
import GRDB
import InovasiCore

/// The SQL of a queue filter: one WHERE clause shared by the page and its count.
struct QueueQuery {
    var whereSQL: String
    var arguments: StatementArguments

    static let from = """
        FROM proposal p
        JOIN agency a ON a.id = p.agency_id
        """

    init(_ filter: Store.QueueFilter, now: Date, overdueDays: Int) {
        var clauses: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        let statuses = ProposalStatus.allCases.filter(filter.statuses.contains)
        if statuses.isEmpty {
            clauses.append("0")
        } else {
            clauses.append("p.status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ", ")))")
            values += statuses.map(\.rawValue)
        }
        if let agencyID = filter.agencyID {
            clauses.append("p.agency_id = ?")
            values.append(agencyID)
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            let pattern = "%" + Self.escapeLike(text) + "%"
            clauses.append(
                "(p.title LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\' OR a.code LIKE ? ESCAPE '\\')")
            values += [pattern, pattern, pattern]
        }
        if filter.overdueOnly {
            clauses.append("p.status IN ('submitted', 'inReview') AND p.submitted_at <= ?")
            values.append(StoredTime.text(Self.overdueCutoff(now: now, overdueDays: overdueDays)))
        }
        whereSQL = "WHERE " + clauses.joined(separator: " AND ")
        arguments = StatementArguments(values)
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
