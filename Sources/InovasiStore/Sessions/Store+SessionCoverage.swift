import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The OPDs mentoring must reach (issue 11, point 4): active, not removed, without a main
    /// innovation of their own (an OPD-level one, not a bidang's), and with no session that is not
    /// cancelled overlapping `[from, to)`. In the order of ``agencies()``.
    public func uncoveredAgencies(from: Date, to: Date) throws(StoreError) -> [Agency] {
        let withMain = try read { db in
            Set(
                try Int64.fetchAll(
                    db,
                    sql: "SELECT DISTINCT agency_id FROM innovation WHERE is_main = 1 AND division_id IS NULL AND "
                        + Removal.notRemoved(.innovation, "id")))
        }
        let served = Set(try sessions(from: from, to: to).filter { $0.status != .cancelled }.flatMap(\.agencyIDs))
        return try agencies().filter { $0.isActive && !withMain.contains($0.id) && !served.contains($0.id) }
    }

    /// Sessions that are not cancelled and overlap `session`'s time, the ones
    /// ``SessionConflicts/find(for:among:)`` compares it with.
    public func sessionsOverlapping(_ session: MentoringSession) throws(StoreError) -> [MentoringSession] {
        try sessions(from: session.startsAt, to: session.endsAt).filter { $0.status != .cancelled }
    }
}
