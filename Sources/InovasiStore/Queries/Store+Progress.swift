import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Every active OPD's progress on the Instruksi, in the order of ``agencies()``; a deactivated
    /// OPD keeps its records but leaves this table (the dashboard's OPD pane and `inovasi report`).
    ///
    /// Computed in one read snapshot from the innovation and proposal counts the store keeps
    /// (``KeptCounts``) and the main innovations' indexes; Swift only folds the groups.
    /// An OPD "has a main innovation" when one of its innovations is main and run by the OPD
    /// itself (no bidang); a bidang counts when one of its own innovations is main.
    public func progress(now: Date, overdueDays: Int) throws(StoreError) -> [AgencyProgress] {
        let cutoff = QueueQuery.overdueCutoffText(OverdueRule(now: now, overdueDays: overdueDays))
        return try read { db in
            let agencies = try Row.fetchAll(
                db,
                sql: AgencyRecord.select + " WHERE active = 1 AND " + Removal.notRemoved(.agency, "id") + " ORDER BY "
                    + AgencyRecord.kindOrder
            )
            .map(AgencyRecord.decode)
            var rows = Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, AgencyProgress(agency: $0)) })
            try ProgressQueries.addInnovations(to: &rows, db)
            try ProgressQueries.addProposals(to: &rows, overdueCutoff: cutoff, db)
            try ProgressQueries.addMainInnovations(to: &rows, db)
            return agencies.compactMap { rows[$0.id] }
        }
    }
}

/// The `GROUP BY` queries behind ``Store/progress(now:overdueDays:)``, one per aspect.
enum ProgressQueries {
    /// Innovations per stage, form and kind, from the counts the store keeps (``KeptCounts``): a
    /// few rows per OPD, whatever the number of innovations.
    static func addInnovations(to rows: inout [Int64: AgencyProgress], _ db: Database) throws {
        for (agencyID, stage, form, kind, count) in try KeptCounts.innovationsByAgency(db) where rows[agencyID] != nil {
            rows[agencyID]?.innovationsByStage[stage, default: 0] += count
            rows[agencyID]?.innovationsByForm[form, default: 0] += count
            rows[agencyID]?.innovationsByKind[kind, default: 0] += count
        }
    }

    /// Proposals per status, waiting and overdue, from the counts the store keeps (``KeptCounts``):
    /// a few rows per OPD, whatever the number of proposals.
    static func addProposals(to rows: inout [Int64: AgencyProgress], overdueCutoff: String, _ db: Database) throws {
        for (agencyID, status, count) in try KeptCounts.byAgencyStatus(db) where rows[agencyID] != nil {
            rows[agencyID]?.proposalsByStatus[status] = count
            if status.isWaiting {
                rows[agencyID]?.waiting += count
                rows[agencyID]?.overdue += count
            }
        }
        for (agencyID, recent) in try KeptCounts.waitingAfter(overdueCutoff, db) where rows[agencyID] != nil {
            rows[agencyID]?.overdue -= recent
        }
    }

    /// The main innovations of the OPDs and bidang: a search of `innovation_division_main` for the
    /// OPDs' own (at most one per OPD by `innovation_main_agency`) and one probe per bidang, so
    /// bounded by OPDs and bidang, not by innovations.
    static func addMainInnovations(to rows: inout [Int64: AgencyProgress], _ db: Database) throws {
        let main = "SELECT DISTINCT agency_id FROM innovation WHERE is_main = 1 AND division_id IS NULL"
        for agencyID in try Int64.fetchAll(db, sql: main) {
            rows[agencyID]?.hasMainInnovation = true
        }
        let divisions = """
            SELECT d.agency_id, COUNT(*) AS total,
                   SUM(EXISTS (SELECT 1 FROM innovation i WHERE i.division_id = d.id AND i.is_main = 1)) AS with_main
            FROM division d GROUP BY d.agency_id
            """
        for row in try Row.fetchAll(db, sql: divisions) {
            let agencyID: Int64 = try row.value("agency_id")
            rows[agencyID]?.divisionsTotal = try row.value("total")
            rows[agencyID]?.divisionsWithMain = try row.value("with_main")
        }
    }
}
