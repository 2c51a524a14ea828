import GRDB
import InovasiCore

/// Checks that ids a new row refers to exist, so a bad one is named by field, not by a foreign key error.
enum References {
    static func requireAgency(_ id: Int64, field: String = "agencyID", _ db: Database) throws {
        guard try AgencyRecord.exists("agency", id: id, db) else { throw unknown(field) }
        try Removal.requirePresent(.agency, id, db)
    }

    /// The bidang must exist and belong to the OPD.
    static func requireDivision(_ id: Int64?, of agencyID: Int64, _ db: Database) throws {
        guard let id else { return }
        let owner = try Int64.fetchOne(db, sql: "SELECT agency_id FROM division WHERE id = ?", arguments: [id])
        guard owner == agencyID else { throw unknown("divisionID") }
    }

    /// A kelurahan's parent must be a kecamatan.
    static func requireParent(of agency: Agency, _ db: Database) throws {
        guard let parentID = agency.parentID else { return }
        let kind = try String.fetchOne(db, sql: "SELECT kind FROM agency WHERE id = ?", arguments: [parentID])
        guard let kind else { throw unknown("parentID") }
        guard kind == AgencyKind.kecamatan.rawValue else {
            throw StoreError.validation(ValidationError(field: "parentID", reason: .invalid))
        }
    }

    /// A free-text field of an entity without its own validator: not blank, not too long.
    static func requireText(_ value: String, field: String, max: Int) throws(StoreError) {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .validation(ValidationError(field: field, reason: .empty))
        }
        if value.count > max { throw .validation(ValidationError(field: field, reason: .tooLong(max: max))) }
    }

    static func unknown(_ field: String) -> StoreError {
        .validation(ValidationError(field: field, reason: .unknownReference))
    }
}

/// Runs a domain validator, turning its typed error into the store's.
func validated(_ check: () throws(ValidationError) -> Void) throws(StoreError) {
    do {
        try check()
    } catch {
        throw .validation(error)
    }
}
