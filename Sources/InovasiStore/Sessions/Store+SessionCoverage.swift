import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The OPDs mentoring must reach (issue 11, point 4): active, not removed, without a main
    /// innovation of their own (an OPD-level one, not a bidang's), and with no session that is not
    /// cancelled overlapping `[from, to)`. In the order of ``agencies()``. One query: the sessions
    /// are only looked up, never read, so the calendar can ask it at national scale.
    public func uncoveredAgencies(from: Date, to: Date) throws(StoreError) -> [Agency] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: AgencyRecord.select + " WHERE active = 1 AND " + Removal.notRemoved(.agency, "id")
                    + " AND id NOT IN (SELECT agency_id FROM innovation WHERE is_main = 1 AND division_id IS NULL AND "
                    + Removal.notRemoved(.innovation, "id") + ")"
                    + " AND id NOT IN (SELECT sa.agency_id FROM session_agency sa"
                    + " JOIN mentoring_session s ON s.id = sa.session_id"
                    + " WHERE s.starts_at < ? AND s.ends_at > ? AND s.status != ?)"
                    + " ORDER BY " + AgencyRecord.kindOrder,
                arguments: [StoredTime.text(to), StoredTime.text(from), SessionStatus.cancelled.rawValue]
            ).map(AgencyRecord.decode)
        }
    }

    /// Sessions that are not cancelled and overlap `session`'s time, the ones
    /// ``SessionConflicts/find(for:among:)`` compares it with.
    public func sessionsOverlapping(_ session: MentoringSession) throws(StoreError) -> [MentoringSession] {
        try sessions(from: session.startsAt, to: session.endsAt).filter { $0.status != .cancelled }
    }
}
