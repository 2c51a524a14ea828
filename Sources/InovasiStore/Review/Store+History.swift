import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Every event of a proposal's history, oldest first: its own audit rows and its scores. The one
    /// read of `inovasi review history` and of the dashboard's proposal detail, so both show the same.
    public func proposalHistory(proposalID: Int64) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: AuditLog.selectSQL
                    + " WHERE entity IN ('proposal', 'review_score') AND entity_id = ? ORDER BY id",
                arguments: [proposalID]
            ).map(AuditLog.decode)
        }
    }
}
