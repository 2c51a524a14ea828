import Foundation
import GRDB
import InovasiCore

/// What a file of IID evidence would change, or changed: the entries that differ from what is
/// stored, how many are the same already, and every entry the store refuses by its position.
public struct IIDEvidenceImportPlan: Sendable {
    /// The entries written (or to write), as stored.
    public var changed: [IIDEvidence] = []
    /// Entries equal to what is stored.
    public var unchanged = 0
    /// Refused entries: their position in the list given and why.
    public var problems: [(index: Int, error: StoreError)] = []
}

extension Store {
    /// Checks every entry as ``setIIDEvidence(_:rules:by:now:)`` would, without writing: the file's
    /// rows the store refuses (unknown or removed innovation, another OPD's) come back all at once.
    /// A role that may enter no evidence at all is refused as a whole.
    public func planIIDEvidenceImport(_ entries: [IIDEvidence], rules: IIDRules, by actor: String)
        throws(StoreError) -> IIDEvidenceImportPlan
    {
        try read { db in
            let check = IIDEvidenceCheck(rules: rules, user: try Self.evidenceUser(actor, db), now: Date(), db: db)
            return try Self.plan(entries, check)
        }
    }

    /// Enters every entry in one transaction, each changed one with its audit row noting `source`:
    /// all of them, or, when any is refused, none (the first refusal is thrown; ask
    /// ``planIIDEvidenceImport(_:rules:by:)`` first to name every one).
    @discardableResult
    public func importIIDEvidence(
        _ entries: [IIDEvidence], rules: IIDRules, source: String, by actor: String, now: Date = Date()
    ) throws(StoreError) -> IIDEvidenceImportPlan {
        try write { db in
            let check = IIDEvidenceCheck(rules: rules, user: try Self.evidenceUser(actor, db), now: now, db: db)
            var plan = IIDEvidenceImportPlan()
            for entry in entries {
                let (before, after) = try check.checked(entry)
                if try check.save(before: before, after: after, note: "import: \(source)") {
                    plan.changed.append(after)
                } else {
                    plan.unchanged += 1
                }
            }
            return plan
        }
    }

    private static func plan(_ entries: [IIDEvidence], _ check: IIDEvidenceCheck) throws -> IIDEvidenceImportPlan {
        var plan = IIDEvidenceImportPlan()
        for (index, entry) in entries.enumerated() {
            do {
                let (before, after) = try check.checked(entry)
                if IIDEvidenceCheck.unchanged(before, after) {
                    plan.unchanged += 1
                } else {
                    plan.changed.append(after)
                }
            } catch let error as StoreError {
                plan.problems.append((index, error))
            }
        }
        return plan
    }
}
