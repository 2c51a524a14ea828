import Foundation
import GRDB
import InovasiCore

extension Store {
    /// What importing `proposals` would add, without writing: `inovasi import proposals --dry-run`.
    public func planProposalImport(_ proposals: [Proposal], zone: TimeZone) throws(StoreError)
        -> RecordImportPlan<Proposal>
    {
        try read { db in try RecordImportWriter.planProposals(proposals, zone: zone, db) }
    }

    /// Admin only: adds the proposals of an import file in one transaction, each audited
    /// (`proposal.add`), plus one `import.proposals` row naming `source`. Rows whose key
    /// (``RecordImportKey``) the store holds are left as they are; an import that adds nothing
    /// writes nothing. Each proposal enters the queue as submitted at version 1.
    @discardableResult
    public func importProposals(
        _ proposals: [Proposal], zone: TimeZone, source: String, by actor: String, now: Date = Date()
    ) throws(StoreError) -> RecordImportPlan<Proposal> {
        for proposal in proposals { try validated(proposal.validate) }
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.proposalAdd)
            let plan = try RecordImportWriter.planProposals(proposals, zone: zone, db)
            guard !plan.isEmpty else { return plan }
            let writer = RecordImportWriter(db: db, actor: actor, now: now)
            for proposal in plan.added { try writer.add(proposal) }
            try writer.summary(
                RecordImportWriter.proposalAction, source: source, added: plan.added.count,
                unchanged: plan.unchanged.count)
            return plan
        }
    }

    /// What importing `innovations` would add, without writing: `inovasi import innovations --dry-run`.
    public func planInnovationImport(_ innovations: [Innovation]) throws(StoreError) -> RecordImportPlan<Innovation> {
        try read { db in try RecordImportWriter.planInnovations(innovations, db) }
    }

    /// Admin only: adds the innovations of an import file in one transaction, each with the stage
    /// history its record implies and its audit row (`innovation.add`), plus one
    /// `import.innovations` row naming `source`. Rows whose key the store holds are left as they are.
    @discardableResult
    public func importInnovations(
        _ innovations: [Innovation], source: String, by actor: String, now: Date = Date()
    ) throws(StoreError) -> RecordImportPlan<Innovation> {
        for innovation in innovations { try validated(innovation.validate) }
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.innovationAdd)
            let plan = try RecordImportWriter.planInnovations(innovations, db)
            guard !plan.isEmpty else { return plan }
            let writer = RecordImportWriter(db: db, actor: actor, now: now)
            for innovation in plan.added { try writer.add(innovation) }
            try writer.summary(
                RecordImportWriter.innovationAction, source: source, added: plan.added.count,
                unchanged: plan.unchanged.count)
            return plan
        }
    }
}
