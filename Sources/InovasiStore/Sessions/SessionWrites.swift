import Foundation
import GRDB
import InovasiCore

/// The steps the session writes share: reading one back, checking what it refers to, updating
/// the row and its links, and the audit row with before and after.
enum SessionWrites {
    /// The session `id`; an unknown id is refused as the field `id`.
    static func fetch(_ id: Int64, _ db: Database) throws -> MentoringSession {
        guard
            let found = try Row.fetchOne(db, sql: SessionRecord.select + " WHERE s.id = ?", arguments: [id])
                .map(SessionRecord.decode)
        else { throw ValidationError(field: "id", reason: .unknownReference) }
        return found
    }

    /// Every OPD and innovation the session serves exists and is not removed.
    static func requireReferences(_ session: MentoringSession, _ db: Database) throws {
        for agencyID in session.agencyIDs {
            try References.requireAgency(agencyID, field: "agencyIDs", db)
        }
        for innovationID in session.innovationIDs {
            guard try AgencyRecord.exists("innovation", id: innovationID, db) else {
                throw References.unknown("innovationIDs")
            }
            try Removal.requirePresent(.innovation, innovationID, db)
        }
    }

    /// Refuses with ``StoreError/sessionChanged(id:changedBy:changedAt:)`` when `stored` differs
    /// from `expected` (the caller's copy) in sequence, status or last change; nil expects nothing.
    /// Runs inside the write's transaction, so no other write slips between the check and the change.
    static func requireUnchanged(_ stored: MentoringSession, expected: MentoringSession?, _ db: Database) throws {
        guard let expected else { return }
        guard
            stored.sequence != expected.sequence || stored.status != expected.status
                || stored.updatedAt != expected.updatedAt
        else { return }
        let last = try AuditLog.last(entity: "mentoring_session", id: stored.id, db)
        throw StoreError.sessionChanged(id: stored.id, changedBy: last?.user, changedAt: last?.at)
    }

    static let updateSQL = """
        UPDATE mentoring_session SET title = ?, starts_at = ?, ends_at = ?, location = ?, mode = ?,
            speaker_name = ?, speaker_institution = ?, status = ?, notes = ?, sequence = ?, meeting_link = ?,
            lab_stage = ?, follow_up = ?, updated_at = ?
        WHERE id = ?
        """

    /// Writes every field but `uid`, and replaces the OPD, innovation and attendance links.
    static func update(_ value: MentoringSession, _ db: Database) throws {
        try db.execute(
            sql: updateSQL,
            arguments: [
                value.title, StoredTime.text(value.startsAt), StoredTime.text(value.endsAt), value.location,
                value.mode.rawValue, value.speakerName, value.speakerInstitution, value.status.rawValue, value.notes,
                value.sequence, value.meetingLink, value.labStage?.rawValue, value.followUp,
                value.updatedAt.map(StoredTime.text), value.id,
            ])
        try relink("session_agency", "agency_id", value.id, value.agencyIDs, db)
        try relink("session_innovation", "innovation_id", value.id, value.innovationIDs, db)
        try relink("session_attendance", "agency_id", value.id, value.attendedAgencyIDs, db)
    }

    /// Replaces the rows of a link table for one session. Links to removed records are kept as
    /// they are: they are hidden on reading and come back on restore.
    private static func relink(_ table: String, _ column: String, _ id: Int64, _ ids: [Int64], _ db: Database)
        throws
    {
        let kind: RemovedKind = column == "agency_id" ? .agency : .innovation
        try db.execute(
            sql: "DELETE FROM \(table) WHERE session_id = ? AND \(Removal.notRemoved(kind, column))", arguments: [id])
        for other in ids {
            try db.execute(
                sql: "INSERT OR IGNORE INTO \(table) (session_id, \(column)) VALUES (?, ?)", arguments: [id, other])
        }
    }

    /// Appends the audit row of a change, before and after, and returns the session as stored.
    static func audit(
        _ before: MentoringSession, _ id: Int64, action: String, actor: String, now: Date, note: String,
        _ db: Database
    ) throws -> MentoringSession {
        let after = try fetch(id, db)
        try AuditLog.append(
            db, at: now, user: actor, action: action, entity: "mentoring_session", entityID: id,
            before: AuditJSON.encode(before), after: AuditJSON.encode(after), note: note)
        return after
    }
}
