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

    /// What the problem means, in both languages.
    var text: Localized {
        switch self {
        case .notRegularFile: Localized(id: "bukan berkas biasa", en: "not a regular file")
        case .empty: Localized(id: "berkas kosong", en: "the file is empty")
        case .notSQLite: Localized(id: "bukan basis data SQLite", en: "not an SQLite database")
        case .truncated: Localized(id: "berkas terpotong", en: "the file is truncated")
        case .foreignApplication:
            Localized(id: "basis data SQLite milik program lain", en: "an SQLite database of another program")
        case .missingMeta: Localized(id: "tanda berkas inovasi tidak ada", en: "the inovasi marker is missing")
        case .olderSchemaReadOnly:
            Localized(
                id: "skema lama yang harus diperbarui, tetapi berkas dibuka hanya-baca; buka sekali dengan hak tulis",
                en: "an older schema that needs an upgrade, but the file is open read-only; open it once read-write")
        case .damaged: Localized(id: "berkas rusak", en: "the file is damaged")
        }
    }
}
