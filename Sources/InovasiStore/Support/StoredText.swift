import Foundation

/// SELECT-list terms that read free text in full.
///
/// SQLite keeps a NUL inside a TEXT value, but GRDB reads TEXT through C strings, which end at
/// the first NUL: "Awal␀Akhir" would reach the screen and the outputs as "Awal". Cast to a
/// BLOB, the same bytes arrive whole; ``Row`` turns them back into text, and the screen and the
/// outputs show the NUL as a visible mark (``Sanitizer``) instead of losing what follows it.
enum StoredText {
    /// `expression` read in full under the name `alias`.
    static func full(_ expression: String, as alias: String) -> String {
        "CAST(\(expression) AS BLOB) AS \(alias)"
    }

    /// A comma-separated column list with the columns in `text` read in full under their own names.
    static func select(_ columns: String, text: Set<String>) -> String {
        columns.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { text.contains($0) ? full($0, as: $0) : $0 }
            .joined(separator: ", ")
    }
}
