import Foundation
import GRDB
import InovasiCore

/// The checks of one evidence entry inside the caller's transaction, shared by a single entry and
/// a file's rows: the values, the year and indicator against the rules, the innovation and who may
/// enter it (``IIDEvidenceRule``). Gives the stored record (if any) and the one to store.
struct IIDEvidenceCheck {
    let rules: IIDRules
    let user: User
    let now: Date
    let db: Database

    /// `entry` as it would be stored, beside the record it replaces; throws the refusal.
    func checked(_ entry: IIDEvidence) throws -> (before: IIDEvidence?, after: IIDEvidence) {
        var after = entry
        after.document = entry.document.trimmingCharacters(in: .whitespacesAndNewlines)
        after.note = entry.note.trimmingCharacters(in: .whitespacesAndNewlines)
        try validated(after.validate)
        guard after.year == rules.year else {
            throw StoreError.validation(ValidationError(field: "year", reason: .invalid))
        }
        let indicator = try Self.indicator(entry.indicator, of: entry.innovationID, in: rules)
        after.indicator = indicator.number
        try requireTarget(entry.innovationID)
        after.enteredBy = user.name
        after.enteredAt = now
        return (try IIDEvidenceRecord.fetch(keyOf: after, db), after)
    }

    /// The rules' indicator `number` names (ignoring case), SPD for the region and SID for an
    /// innovation; regulasi is refused, its level being read from the penetapan.
    static func indicator(_ number: String, of innovationID: Int64?, in rules: IIDRules) throws -> IIDIndicator {
        let wanted = number.trimmingCharacters(in: .whitespaces).lowercased()
        let list = innovationID == nil ? rules.spd : rules.sid
        guard let found = list.first(where: { $0.number.lowercased() == wanted }) else {
            throw StoreError.validation(ValidationError(field: "indicator", reason: .unknownReference))
        }
        if found.fromEnactment {
            throw StoreError.iidFromEnactment(indicator: found.number, innovationID: innovationID ?? 0)
        }
        return found
    }

    /// The innovation exists and is not removed, and the user may enter its evidence (or the region's).
    private func requireTarget(_ innovationID: Int64?) throws {
        var agencyID: Int64?
        if let innovationID {
            agencyID = try Int64.fetchOne(
                db, sql: "SELECT agency_id FROM innovation WHERE id = ?", arguments: [innovationID])
            guard agencyID != nil else {
                throw StoreError.validation(ValidationError(field: "innovationID", reason: .unknownReference))
            }
            try Removal.requirePresent(.innovation, innovationID, db)
        }
        guard !IIDEvidenceRule.mayEnter(user, agencyID: agencyID) else { return }
        if user.role.needsAgency, let agencyID {
            try ProposalPermission.requireOwnAgency(user, agencyID: agencyID, db)
        }
        throw StoreError.permissionDenied(user: user.name, role: user.role, action: StoreAction.iidEvidence)
    }

    /// Stores `after` when it differs from `before` in level, document or note, with its audit row
    /// (entity `iid_evidence`, the innovation's id; none for the region). Whether it wrote.
    func save(before: IIDEvidence?, after: IIDEvidence, note: String = "") throws -> Bool {
        if Self.unchanged(before, after) { return false }
        try IIDEvidenceRecord.save(after, replacing: before != nil, db)
        try AuditLog.append(
            db, at: now, user: user.name, action: StoreAction.iidEvidence, entity: "iid_evidence",
            entityID: after.innovationID, before: try before.map(AuditJSON.encode), after: try AuditJSON.encode(after),
            note: note)
        return true
    }

    /// Whether `after` says what `before` says already (level, document, note).
    static func unchanged(_ before: IIDEvidence?, _ after: IIDEvidence) -> Bool {
        guard let before else { return false }
        return before.level == after.level && before.document == after.document && before.note == after.note
    }
}
