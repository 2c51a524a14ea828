import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The evidence entered for `year` on one innovation, or on the region's SPD when
    /// `innovationID` is nil, in the order first entered. The regulasi level is not among them: it
    /// is read from the penetapan (``iidPlanInput(year:rules:zone:)``).
    public func iidEvidence(year: Int, innovationID: Int64?) throws(StoreError) -> [IIDEvidence] {
        try read { db in try IIDEvidenceRecord.fetchAll(year: year, innovationID: innovationID, db) }
    }

    /// Enters one indicator's level and evidence for `rules.year`; the latest entry wins, the audit
    /// row keeps the one before (`iid.evidence`, entity `iid_evidence`, the innovation's id).
    ///
    /// Refused: a level outside 0–3 or a text too long (their field), another year than the rules'
    /// (`year`), an indicator the rules do not have for an innovation (SID) or the region (SPD)
    /// (`indicator`), the regulasi indicator (``StoreError/iidFromEnactment(indicator:innovationID:)``:
    /// it comes from the penetapan), an unknown (`innovationID`) or removed innovation. Admins and
    /// reviewers enter any; an OPD operator its own OPD's innovations only (``IIDEvidenceRule``).
    /// Who and when are the actor and `now`. The same level, document and note write nothing.
    @discardableResult
    public func setIIDEvidence(_ evidence: IIDEvidence, rules: IIDRules, by actor: String, now: Date = Date())
        throws(StoreError) -> IIDEvidence
    {
        try write { db in
            let check = try IIDEvidenceCheck(rules: rules, user: Self.evidenceUser(actor, db), now: now, db: db)
            let (before, after) = try check.checked(evidence)
            return try check.save(before: before, after: after) ? after : before ?? after
        }
    }

    /// The actor's user row when their role may enter evidence at all.
    static func evidenceUser(_ actor: String, _ db: Database) throws -> User {
        try Permission.require(db, actor: actor, action: StoreAction.iidEvidence) { IIDEvidenceRule.mayEnter($0) }
    }
}
