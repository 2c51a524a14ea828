import Foundation
import GRDB
import InovasiCore

/// Rows of `review_score`: one per proposal, round and reviewer, a column per criterion.
enum ScoreRecord {
    /// The column of each criterion, in the order of `ReviewCriterion.allCases`.
    static func column(_ criterion: ReviewCriterion) -> String {
        switch criterion {
        case .renewal: "renewal"
        case .benefit: "benefit"
        case .noUndueBurden: "no_undue_burden"
        case .withinAuthority: "within_authority"
        case .replicable: "replicable"
        }
    }

    static var criterionColumns: String { ReviewCriterion.allCases.map(column).joined(separator: ", ") }

    static var select: String {
        "SELECT proposal_id, round, reviewer, \(criterionColumns), \(StoredText.full("criterion_notes", as: "criterion_notes")), "
            + "\(StoredText.full("note", as: "note")), scored_at FROM review_score"
    }

    static func decode(_ row: Row) throws -> ReviewScore {
        var values: [ReviewCriterion: Int] = [:]
        for criterion in ReviewCriterion.allCases {
            values[criterion] = try row.value(column(criterion))
        }
        let notesText: String = try row.value("criterion_notes")
        return ReviewScore(
            proposalID: try row.value("proposal_id"), reviewer: try row.value("reviewer"), values: values,
            criterionNotes: try decodeNotes(notesText), note: try row.value("note"),
            scoredAt: try row.time("scored_at", table: "review_score"), round: try row.value("round"))
    }

    static var upsertSQL: String {
        let updates = ReviewCriterion.allCases.map { "\(column($0)) = excluded.\(column($0))" }
        return """
            INSERT INTO review_score (proposal_id, round, reviewer, \(criterionColumns), criterion_notes, note, scored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (proposal_id, round, reviewer) DO UPDATE SET \(updates.joined(separator: ", ")),
                criterion_notes = excluded.criterion_notes, note = excluded.note, scored_at = excluded.scored_at
            """
    }

    static func arguments(_ score: ReviewScore) throws -> StatementArguments {
        var values: [(any DatabaseValueConvertible)?] = [score.proposalID, score.round, score.reviewer]
        values += ReviewCriterion.allCases.map { score.values[$0] }
        values += [try encodeNotes(score.criterionNotes), score.note, StoredTime.text(score.scoredAt)]
        return StatementArguments(values)
    }

    /// Notes per criterion as a JSON object keyed by the criterion's raw value.
    static func encodeNotes(_ notes: [ReviewCriterion: String]) throws -> String {
        guard !notes.isEmpty else { return "{}" }
        let plain = Dictionary(uniqueKeysWithValues: notes.map { ($0.key.rawValue, $0.value) })
        return try AuditJSON.encode(plain)
    }

    static func decodeNotes(_ text: String) throws -> [ReviewCriterion: String] {
        guard text != "{}" else { return [:] }
        guard let plain = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)) else {
            throw CorruptValue(table: "review_score", column: "criterion_notes", value: text)
        }
        var notes: [ReviewCriterion: String] = [:]
        for (key, value) in plain {
            guard let criterion = ReviewCriterion(rawValue: key) else {
                throw CorruptValue(table: "review_score", column: "criterion_notes", value: text)
            }
            notes[criterion] = value
        }
        return notes
    }
}
