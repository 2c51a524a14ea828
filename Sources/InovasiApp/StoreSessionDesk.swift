import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

extension StoreDashboardSource: SessionDesk {
    /// Every active OPD, in the store's order.
    public func sessionAgencies() throws -> [Agency] {
        try refusing { () throws(StoreError) in try store.agencies().filter(\.isActive) }
    }

    /// The innovations of the active OPDs.
    public func sessionInnovations() throws -> [Innovation] {
        let active = Set(try sessionAgencies().map(\.id))
        return try refusing { () throws(StoreError) in try store.innovations().filter { active.contains($0.agencyID) } }
    }

    /// The institutions already used, most used first.
    public func speakerInstitutions() throws -> [String] {
        try refusing { () throws(StoreError) in try store.speakerInstitutions() }
    }

    /// The session as stored now; an unknown number is refused as the store refuses it.
    public func session(_ id: Int64) throws -> MentoringSession {
        try refusing { () throws(StoreError) in
            guard let session = try store.session(id: id) else {
                throw StoreError.validation(ValidationError(field: "id", reason: .unknownReference))
            }
            return session
        }
    }

    /// The sessions, not cancelled, overlapping `session`'s time.
    public func sessionsOverlapping(_ session: MentoringSession) throws -> [MentoringSession] {
        try refusing { () throws(StoreError) in try store.sessionsOverlapping(session) }
    }

    /// Schedules the session as the actor (the store checks the role and audits it).
    public func addSession(_ session: MentoringSession) throws -> MentoringSession {
        try refusing { () throws(StoreError) in try store.addSession(session, by: actor) }
    }

    /// Saves the edit as the actor, unless the session changed since `original` was read.
    public func editSession(_ session: MentoringSession, original: MentoringSession) throws -> MentoringSession {
        try requireUnchanged(original)
        return try refusing { () throws(StoreError) in try store.editSession(session, by: actor) }
    }

    /// Cancels the session as the actor, unless it changed since `original` was read.
    public func cancelSession(_ original: MentoringSession, reason: String) throws -> MentoringSession {
        try requireUnchanged(original)
        return try refusing { () throws(StoreError) in
            try store.cancelSession(id: original.id, reason: reason, by: actor)
        }
    }

    /// Records the session as held, unless it changed since `original` was read.
    public func markSessionDone(_ original: MentoringSession, attended: [Int64], followUp: String) throws
        -> MentoringSession
    {
        try requireUnchanged(original)
        return try refusing { () throws(StoreError) in
            try store.markSessionDone(id: original.id, attended: attended, followUp: followUp, by: actor)
        }
    }

    /// Refuses with ``SessionChanged`` when the stored session's sequence, status or last change
    /// differ from `original`'s: another process edited, cancelled or closed it meanwhile.
    func requireUnchanged(_ original: MentoringSession) throws {
        let stored = try session(original.id)
        guard stored.sequence == original.sequence, stored.status == original.status,
            stored.updatedAt == original.updatedAt
        else {
            let last = try refusing { () throws(StoreError) in
                try store.auditLog(entity: "mentoring_session", id: original.id).last
            }
            throw SessionChanged(
                id: original.id,
                by: last.map {
                    ($0.user, DateText.time($0.at, in: zone, .id) + " " + DateText.zoneName(zone, at: $0.at))
                })
        }
    }
}
