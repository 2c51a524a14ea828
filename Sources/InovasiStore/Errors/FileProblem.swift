import Foundation
import InovasiCore

/// Why a file is not an intact inovasi store; its raw value starts the `detail` of
/// ``StoreError/notAnInovasiStore(path:detail:)``, followed by language-neutral facts (sizes, ids).
enum FileProblem: String, CaseIterable, Sendable {
    case notRegularFile = "not-a-regular-file"
    case empty = "empty"
    case notSQLite = "not-sqlite"
    case truncated = "truncated"
    case foreignApplication = "foreign-application"
    case missingMeta = "missing-meta"
    case olderSchemaReadOnly = "older-schema-read-only"
    case damaged = "damaged"

    /// The `detail` text: the key, and after a colon the facts that need no translation.
    func detail(_ facts: String = "") -> String {
        facts.isEmpty ? rawValue : "\(rawValue): \(facts)"
    }

    /// Splits a `detail` back into its problem and facts; nil for a detail from elsewhere.
    static func parse(_ detail: String) -> (problem: FileProblem, facts: String)? {
        let parts = detail.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let problem = FileProblem(rawValue: first) else { return nil }
        let facts = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        return (problem, facts)
    }
}
