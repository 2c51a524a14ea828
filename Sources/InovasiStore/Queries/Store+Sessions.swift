import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Sessions that overlap `[from, to)`, by start time: what a calendar month or week shows.
    /// Each session's `agencyIDs` and `innovationIDs` come back in ascending order.
    public func sessions(from: Date, to: Date) throws(StoreError) -> [MentoringSession] {
        try read { db in
            try Row.fetchAll(
                db, sql: SessionRecord.select + " WHERE s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at, s.id",
                arguments: [StoredTime.text(to), StoredTime.text(from)]
            ).map(SessionRecord.decode)
        }
    }

    /// Every session serving one OPD, by start time.
    public func sessions(agencyID: Int64) throws(StoreError) -> [MentoringSession] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: SessionRecord.select
                    + " WHERE s.id IN (SELECT session_id FROM session_agency WHERE agency_id = ?)"
                    + " ORDER BY s.starts_at, s.id",
                arguments: [agencyID]
            ).map(SessionRecord.decode)
        }
    }
}
