import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin only: schedules a mentoring session after ``SessionRule/validate(_:)``; the OPDs and
    /// innovations it serves must exist and not be removed. The store gives it a new `uid` (unless it
    /// carries one, as an import does) and `sequence` 0. Returns it as stored, with its new id.
    /// Warnings are not checked here: ask ``sessionWarnings(for:isNew:now:in:)`` first.
    public func addSession(_ session: MentoringSession, by actor: String, now: Date = Date()) throws(StoreError)
        -> MentoringSession
    {
        try validated { () throws(ValidationError) in try SessionRule.validate(session) }
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.sessionAdd)
            try SessionWrites.requireReferences(session, db)
            var saved = session
            saved.id = 0
            saved.sequence = 0
            saved.attendedAgencyIDs = []
            saved.updatedAt = nil
            let id = try SessionRecord.insert(saved, db)
            let stored = try SessionWrites.fetch(id, db)
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.sessionAdd, entity: "mentoring_session", entityID: id,
                after: AuditJSON.encode(stored))
            return stored
        }
    }

    /// Admin only: replaces the session's fields with `session`'s (found by `session.id`), keeping its
    /// `uid`, status and attendance; `sequence` grows by one. Refuses an unknown id (field `id`) and
    /// a cancelled or done session (field `status`): those are history, not plans. With `expected`
    /// (the caller's copy), refuses a session changed since (``StoreError/sessionChanged(id:changedBy:changedAt:)``).
    public func editSession(
        _ session: MentoringSession, by actor: String, expected: MentoringSession? = nil, now: Date = Date()
    ) throws(StoreError) -> MentoringSession {
        try validated { () throws(ValidationError) in try SessionRule.validate(session) }
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.sessionEdit)
            let before = try SessionWrites.fetch(session.id, db)
            try SessionWrites.requireUnchanged(before, expected: expected, db)
            guard before.status == .scheduled else { throw ValidationError(field: "status", reason: .invalid) }
            try SessionWrites.requireReferences(session, db)
            var changed = session
            changed.uid = before.uid
            changed.status = before.status
            changed.attendedAgencyIDs = before.attendedAgencyIDs
            changed.followUp = before.followUp
            changed.sequence = before.sequence + 1
            changed.updatedAt = now
            try SessionWrites.update(changed, db)
            return try SessionWrites.audit(
                before, changed.id, action: StoreAction.sessionEdit, actor: actor, now: now, note: "", db)
        }
    }

    /// Admin only: calls the session off. It stays in the store and on the calendar, marked
    /// cancelled, with `reason` in its notes; `sequence` grows (a calendar must learn of it). With
    /// `expected`, refuses a session changed since the caller read it.
    public func cancelSession(
        id: Int64, reason: String, by actor: String, expected: MentoringSession? = nil, now: Date = Date()
    ) throws(StoreError) -> MentoringSession {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.sessionCancel)
            let before = try SessionWrites.fetch(id, db)
            try SessionWrites.requireUnchanged(before, expected: expected, db)
            guard before.status == .scheduled else { throw ValidationError(field: "status", reason: .invalid) }
            var changed = before
            changed.status = .cancelled
            let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { changed.notes = before.notes.isEmpty ? trimmed : before.notes + "\n" + trimmed }
            try SessionRule.validate(changed)
            changed.sequence += 1
            changed.updatedAt = now
            try SessionWrites.update(changed, db)
            return try SessionWrites.audit(
                before, id, action: StoreAction.sessionCancel, actor: actor, now: now, note: trimmed, db)
        }
    }

    /// Admin only: records that the session took place, which OPDs attended (each must exist; one
    /// not served by the session is allowed, people bring colleagues) and the follow-up agreed.
    /// Refuses a cancelled session (field `status`) and one that has not started by `now` (field
    /// `startsAt`: what did not happen cannot be done); a done one may be corrected. With `expected`,
    /// refuses a session changed since the caller read it.
    public func markSessionDone(
        id: Int64, attended: [Int64], followUp: String, by actor: String, expected: MentoringSession? = nil,
        now: Date = Date()
    ) throws(StoreError) -> MentoringSession {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.sessionDone)
            let before = try SessionWrites.fetch(id, db)
            try SessionWrites.requireUnchanged(before, expected: expected, db)
            guard before.status != .cancelled else { throw ValidationError(field: "status", reason: .invalid) }
            guard before.startsAt <= now else { throw ValidationError(field: "startsAt", reason: .notYet) }
            for agencyID in attended { try References.requireAgency(agencyID, field: "attended", db) }
            var changed = before
            changed.status = .done
            changed.attendedAgencyIDs = Array(Set(attended)).sorted()
            changed.followUp = followUp.trimmingCharacters(in: .whitespacesAndNewlines)
            try SessionRule.validate(changed)
            changed.updatedAt = now
            try SessionWrites.update(changed, db)
            return try SessionWrites.audit(
                before, id, action: StoreAction.sessionDone, actor: actor, now: now, note: "", db)
        }
    }

    /// One session by id, with its links; nil when there is none.
    public func session(id: Int64) throws(StoreError) -> MentoringSession? {
        try read { db in
            try Row.fetchOne(db, sql: SessionRecord.select + " WHERE s.id = ?", arguments: [id])
                .map(SessionRecord.decode)
        }
    }
}
