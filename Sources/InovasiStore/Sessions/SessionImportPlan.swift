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
        let stored = try storedSessions(uids: sessions.map(\.uid), db)
        var references = ReferenceCheck()
        for session in sessions {
            try Self.validate(session)
            try references.require(session, db)
            guard let before = stored[session.uid] else {
                var added = session
                added.id = 0
                added.updatedAt = nil
                plan.added.append(added)
                continue
            }
            if same(before, session) {
                plan.unchanged += 1
                continue
            }
            var changed = session
            changed.id = before.id
            changed.sequence = max(session.sequence, before.sequence + 1)
            changed.updatedAt = now
            plan.updated.append(changed)
        }
        return plan
    }

    /// The stored sessions with these uids, by uid, read 500 at a time.
    static func storedSessions(uids: [String], _ db: Database) throws -> [String: MentoringSession] {
        var found: [String: MentoringSession] = [:]
        let unique = Array(Set(uids))
        for start in stride(from: 0, to: unique.count, by: 500) {
            let chunk = Array(unique[start..<min(start + 500, unique.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db, sql: SessionRecord.select + " WHERE s.uid IN (\(marks))", arguments: StatementArguments(chunk))
            for row in rows {
                let session = try SessionRecord.decode(row)
                found[session.uid] = session
            }
        }
        return found
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

/// The OPDs and innovations a plan has already found present, so thousands of sessions naming the
/// same few do not ask the store again for each.
private struct ReferenceCheck {
    var agencies: Set<Int64> = []
    var innovations: Set<Int64> = []

    /// Every OPD (served and attended) and innovation of `session` exists and is not removed.
    mutating func require(_ session: MentoringSession, _ db: Database) throws {
        for id in session.agencyIDs where !agencies.contains(id) {
            try References.requireAgency(id, field: "agencyIDs", db)
            agencies.insert(id)
        }
        for id in session.attendedAgencyIDs where !agencies.contains(id) {
            try References.requireAgency(id, field: "attendedAgencyIDs", db)
            agencies.insert(id)
        }
        let unchecked = session.innovationIDs.filter { !innovations.contains($0) }
        guard !unchecked.isEmpty else { return }
        var probe = session
        probe.agencyIDs = []
        probe.innovationIDs = unchecked
        try SessionWrites.requireReferences(probe, db)
        innovations.formUnion(unchecked)
    }
}
