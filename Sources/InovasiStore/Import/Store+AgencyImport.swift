import Foundation
import GRDB
import InovasiCore

extension Store {
    /// What importing `rows` would add and change, without writing: `inovasi import opds --dry-run`.
    public func planAgencyImport(_ rows: [AgencyImportRow]) throws(StoreError) -> AgencyImportPlan {
        try read { db in try AgencyImportWriter.plan(rows, db) }
    }

    /// Admin only: writes the OPDs and bidang of an import file in one transaction, each change
    /// audited with before and after, plus one audit row for the import naming `source`. An import
    /// that would change nothing writes nothing, not even that row. A parent that does not exist or
    /// is not a kecamatan refuses the whole import. Returns what it did.
    @discardableResult
    public func importAgencies(
        _ rows: [AgencyImportRow], source: String, by actor: String, now: Date = Date()
    ) throws(StoreError) -> AgencyImportPlan {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.agencyAdd)
            let plan = try AgencyImportWriter.plan(rows, db)
            guard !plan.isEmpty else { return plan }
            let writer = AgencyImportWriter(db: db, actor: actor, now: now)
            try writer.apply(plan)
            try AuditLog.append(
                db, at: now, user: actor, action: AgencyImportWriter.importAction, entity: "import", entityID: nil,
                after: AuditJSON.encode(AgencyImportSummary(plan, source: source)), note: source)
            return plan
        }
    }
}

/// The counts the import's own audit row keeps.
struct AgencyImportSummary: Encodable {
    let file: String
    let agenciesAdded: Int
    let agenciesChanged: Int
    let divisionsAdded: Int

    init(_ plan: AgencyImportPlan, source: String) {
        file = source
        agenciesAdded = plan.added.count
        agenciesChanged = plan.changed.count
        divisionsAdded = plan.divisionsAdded.count
    }
}
