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
        try unlessChanged { () throws(StoreError) in try store.editSession(session, by: actor, expected: original) }
    }

    /// Cancels the session as the actor, unless it changed since `original` was read.
    public func cancelSession(_ original: MentoringSession, reason: String) throws -> MentoringSession {
        try unlessChanged { () throws(StoreError) in
            try store.cancelSession(id: original.id, reason: reason, by: actor, expected: original)
        }
    }

    /// Records the session as held, unless it changed since `original` was read.
    public func markSessionDone(_ original: MentoringSession, attended: [Int64], followUp: String) throws
        -> MentoringSession
    {
        try unlessChanged { () throws(StoreError) in
            try store.markSessionDone(
                id: original.id, attended: attended, followUp: followUp, by: actor, expected: original)
        }
    }

    /// Runs a session write whose store check compares the stored session with the form's copy in
    /// the write's own transaction; a session changed meanwhile becomes ``SessionChanged``, naming
    /// who changed it last and when, in the office's time.
    func unlessChanged(_ body: () throws(StoreError) -> MentoringSession) throws -> MentoringSession {
        do {
            return try body()
        } catch .sessionChanged(let id, let user, let at) {
            let by = user.flatMap { user in
                at.map { (user, DateText.time($0, in: zone, .id) + " " + DateText.zoneName(zone, at: $0)) }
            }
            throw SessionChanged(id: id, by: by)
        } catch {
            throw StoreRefusal(error: error, zone: zone)
        }
    }
}
