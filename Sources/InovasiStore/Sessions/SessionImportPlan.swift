import Foundation
import GRDB
import InovasiCore

/// What importing sessions from a calendar file does: which are new, which change (as they will
/// be stored), how many are already as the file says. Sessions are matched by `uid`.
public struct SessionImportPlan: Sendable, Equatable {
    /// Sessions whose uid the store does not have, as they will be added.
    public var added: [MentoringSession] = []
    /// Sessions whose uid the store has and whose fields differ, as they will be stored.
    public var updated: [MentoringSession] = []
    /// How many sessions the store already holds as the file says.
    public var unchanged = 0

    /// The plan of importing `sessions` into the store `db` reads: every session valid and its OPDs
    /// and innovations present. A changed session keeps its id and `uid`; its `sequence` becomes
    /// the file's when that is higher, else the stored one plus one (an import that changes a
    /// session is an edit, and calendars must learn of it).
    static func make(_ sessions: [MentoringSession], now: Date, _ db: Database) throws -> SessionImportPlan {
        var plan = SessionImportPlan()
        for session in sessions {
            try Self.validate(session)
            try SessionWrites.requireReferences(session, db)
            for agencyID in session.attendedAgencyIDs {
                try References.requireAgency(agencyID, field: "attendedAgencyIDs", db)
            }
            guard
                let stored = try Row.fetchOne(
                    db, sql: SessionRecord.select + " WHERE s.uid = ?", arguments: [session.uid]
                ).map(SessionRecord.decode)
            else {
                var added = session
                added.id = 0
                added.updatedAt = nil
                plan.added.append(added)
                continue
            }
            if same(stored, session) {
                plan.unchanged += 1
                continue
            }
            var changed = session
            changed.id = stored.id
            changed.sequence = max(session.sequence, stored.sequence + 1)
            changed.updatedAt = now
            plan.updated.append(changed)
        }
        return plan
    }

    /// ``SessionRule/validate(_:)`` as an import applies it: an online session without its meeting
    /// link is kept (sessions from before links were recorded have none, and a store's own export
    /// must read back into it); every other fault refuses the session.
    public static func validate(_ session: MentoringSession) throws(ValidationError) {
        var checked = session
        if checked.mode == .online, checked.meetingLink.trimmingCharacters(in: .whitespaces).isEmpty {
            checked.mode = .hybrid
        }
        try SessionRule.validate(checked)
    }

    /// Whether two sessions hold the same fields, leaving out the store's id, `sequence` and `updatedAt`.
    static func same(_ first: MentoringSession, _ second: MentoringSession) -> Bool {
        comparable(first) == comparable(second)
    }

    private static func comparable(_ session: MentoringSession) -> MentoringSession {
        var value = session
        value.id = 0
        value.sequence = 0
        value.updatedAt = nil
        value.agencyIDs.sort()
        value.innovationIDs.sort()
        value.attendedAgencyIDs.sort()
        return value
    }
}
