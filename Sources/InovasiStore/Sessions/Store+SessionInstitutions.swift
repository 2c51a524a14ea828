import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The narasumber institutions the store's sessions name, each once, most used first (then by
    /// name): what a session form offers before free entry.
    public func speakerInstitutions() throws(StoreError) -> [String] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(StoredText.full("speaker_institution", as: "name")), COUNT(*) AS uses"
                    + " FROM mentoring_session WHERE TRIM(speaker_institution) <> ''"
                    + " GROUP BY speaker_institution ORDER BY uses DESC, speaker_institution"
            ).map { row -> String in row["name"] }
        }
    }
}
