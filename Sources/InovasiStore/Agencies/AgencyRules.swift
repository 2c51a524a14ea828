import Foundation
import GRDB
import InovasiCore

/// The checks every write of an OPD, bidang or alias shares, inside the writer's transaction.
enum AgencyRules {
    /// Refuses `agency` when its code, full name or short name is already a name of another OPD
    /// (its code, full name, short name or an alias), compared by ``AgencyKey``.
    static func requireUnique(_ agency: Agency, _ db: Database) throws {
        let others = try Row.fetchAll(db, sql: AgencyRecord.select + " WHERE id <> ?", arguments: [agency.id])
            .map(AgencyRecord.decode)
        let aliases = try AliasRecord.all(db).filter { $0.agencyID != agency.id }
        let fields = [("code", agency.code), ("name", agency.name), ("shortName", agency.shortName)]
        for (field, value) in fields where !AgencyKey.of(value).isEmpty {
            if let holder = holder(of: value, among: others, aliases: aliases) {
                throw StoreError.alreadyUsed(field: field, value: value, by: holder)
            }
        }
    }

    /// Refuses `alias` when it is already a name of any OPD, the one it is for included.
    static func requireFreeAlias(_ alias: String, _ db: Database) throws {
        let agencies = try Row.fetchAll(db, sql: AgencyRecord.select).map(AgencyRecord.decode)
        if let holder = holder(of: alias, among: agencies, aliases: try AliasRecord.all(db)) {
            throw StoreError.alreadyUsed(field: "alias", value: alias, by: holder)
        }
    }

    /// The code of the OPD among `agencies` or `aliases` that goes by `text`, if any.
    private static func holder(of text: String, among agencies: [Agency], aliases: [AgencyAlias]) -> String? {
        let key = AgencyKey.of(text)
        if let agency = agencies.first(where: { [$0.code, $0.name, $0.shortName].map(AgencyKey.of).contains(key) }) {
            return agency.code
        }
        guard let alias = aliases.first(where: { AgencyKey.of($0.alias) == key }) else { return nil }
        return agencies.first { $0.id == alias.agencyID }?.code ?? "#\(alias.agencyID)"
    }

    /// Refuses an active kelurahan under a deactivated kecamatan.
    static func requireActiveParent(of agency: Agency, _ db: Database) throws {
        guard agency.isActive, let parentID = agency.parentID, let parent = try AgencyRecord.fetch(id: parentID, db),
            !parent.isActive
        else { return }
        throw StoreError.parentInactive(agency: agency.code, parent: parent.code)
    }

    /// The agency with `id`, or `.validation` naming `field` as an unknown reference.
    static func require(_ id: Int64, field: String = "agencyID", _ db: Database) throws -> Agency {
        guard let agency = try AgencyRecord.fetch(id: id, db) else { throw References.unknown(field) }
        try Removal.requirePresent(.agency, id, db)
        return agency
    }

    /// The bidang of the OPD `agencyID` named `name` (compared by case, trimmed), if any.
    static func division(named name: String, of agencyID: Int64, _ db: Database) throws -> Division? {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try Row.fetchAll(db, sql: AgencyRecord.divisionSelect + " WHERE agency_id = ?", arguments: [agencyID])
            .map(AgencyRecord.decodeDivision)
            .first { $0.name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == wanted }
    }

    /// Refuses a second bidang of the same name (ignoring case) in one OPD.
    static func requireFreeDivisionName(_ name: String, of agency: Agency, except id: Int64 = 0, _ db: Database)
        throws
    {
        if let other = try division(named: name, of: agency.id, db), other.id != id {
            throw StoreError.alreadyUsed(field: "division", value: other.name, by: agency.code)
        }
    }
}
