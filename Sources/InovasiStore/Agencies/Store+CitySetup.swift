import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin only: writes a city's OPDs with their bidang into a store that holds no OPD yet, in one
    /// transaction (all or nothing), with one audit row (`city.setup`) counting what was written.
    /// A store that already holds OPDs is refused (field `store`).
    public func setUpCity(_ city: CityStructure, by actor: String, now: Date = Date()) throws(StoreError) {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.citySetup)
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agency)") ?? false {
                throw StoreError.validation(ValidationError(field: "store", reason: .invalid))
            }
            var ids: [String: Int64] = [:]
            var divisions = 0
            for unit in city.units {
                var agency = unit.agency
                agency.id = 0
                agency.parentID = unit.parentCode.flatMap { ids[$0] }
                try validated(agency.validate)
                try AgencyRules.requireUnique(agency, db)
                try db.execute(sql: AgencyRecord.insertSQL, arguments: AgencyRecord.arguments(agency))
                let agencyID = db.lastInsertedRowID
                ids[agency.code] = agencyID
                for name in unit.divisions {
                    try db.execute(
                        sql: AgencyRecord.divisionInsertSQL,
                        arguments: AgencyRecord.arguments(Division(agencyID: agencyID, name: name)))
                    divisions += 1
                }
            }
            let summary = CitySummary(city: city.key, agencies: city.units.count, divisions: divisions)
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.citySetup, entity: "store", entityID: nil,
                after: AuditJSON.encode(summary))
        }
    }
}

/// What `city.setup` records in the audit log.
private struct CitySummary: Encodable {
    let city: String
    let agencies: Int
    let divisions: Int
}
