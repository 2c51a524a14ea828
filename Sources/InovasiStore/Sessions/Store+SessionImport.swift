import Foundation
import GRDB
import InovasiCore

extension Store {
    /// What ``importSessions(_:source:by:now:)`` would do, without writing: a dry run.
    public func planSessionImport(_ sessions: [MentoringSession], now: Date = Date()) throws(StoreError)
        -> SessionImportPlan
    {
        try read { db in try SessionImportPlan.make(sessions, now: now, db) }
    }

    /// Admin only: the sessions of a calendar file into the store, all or none, in one transaction.
    /// A session whose `uid` is known replaces that session's fields (status and attendance
    /// included: the file is what the office decided), an unknown one is added with its uid and
    /// sequence; each change has its audit row like an add or an edit, noting `source`.
    @discardableResult
    public func importSessions(
        _ sessions: [MentoringSession], source: String, by actor: String, now: Date = Date()
    ) throws(StoreError) -> SessionImportPlan {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.sessionAdd)
            let plan = try SessionImportPlan.make(sessions, now: now, db)
            for session in plan.added {
                let id = try SessionRecord.insert(session, db)
                for agencyID in session.attendedAgencyIDs {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO session_attendance (session_id, agency_id) VALUES (?, ?)",
                        arguments: [id, agencyID])
                }
                let stored = try SessionWrites.fetch(id, db)
                try AuditLog.append(
                    db, at: now, user: actor, action: StoreAction.sessionAdd, entity: "mentoring_session",
                    entityID: id, after: AuditJSON.encode(stored), note: source)
            }
            for session in plan.updated {
                let before = try SessionWrites.fetch(session.id, db)
                try SessionWrites.update(session, db)
                _ = try SessionWrites.audit(
                    before, session.id, action: StoreAction.sessionEdit, actor: actor, now: now, note: source, db)
            }
            return plan
        }
    }
}
