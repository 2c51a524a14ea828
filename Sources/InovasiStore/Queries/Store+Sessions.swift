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

    /// Admin only: schedules a mentoring session after `validate()`; the OPDs and innovations it
    /// serves must exist. Returns it as stored, with its new id.
    public func addSession(_ session: MentoringSession, by actor: String, now: Date = Date()) throws(StoreError)
        -> MentoringSession
    {
        try validated(session.validate)
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.sessionAdd)
            for agencyID in session.agencyIDs {
                try References.requireAgency(agencyID, field: "agencyIDs", db)
            }
            for innovationID in session.innovationIDs where try !AgencyRecord.exists("innovation", id: innovationID, db)
            {
                throw References.unknown("innovationIDs")
            }
            var saved = session
            saved.id = 0
            let id = try SessionRecord.insert(saved, db)
            guard
                let stored = try Row.fetchOne(db, sql: SessionRecord.select + " WHERE s.id = ?", arguments: [id])
                    .map(SessionRecord.decode)
            else { throw MissingRow(table: "mentoring_session", id: id) }
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.sessionAdd, entity: "mentoring_session", entityID: id,
                after: AuditJSON.encode(stored))
            return stored
        }
    }
}
