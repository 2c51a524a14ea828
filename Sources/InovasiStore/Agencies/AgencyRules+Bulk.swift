import Foundation
import GRDB
import InovasiCore

extension AgencyRules {
    /// Refuses a bulk write (an import) when one of the OPDs with `codes` now shares a code, full
    /// name or short name with another OPD's name or alias, compared by ``AgencyKey``.
    ///
    /// One pass over the store instead of ``requireUnique(_:_:)`` per row, so a file of 10 000 OPDs
    /// stays linear; collisions among OPDs the import did not touch are left to `check`.
    static func requireUnique(codes: Set<String>, _ db: Database) throws {
        let agencies = try Row.fetchAll(db, sql: AgencyRecord.select).map(AgencyRecord.decode)
        var holders: [String: Set<Int64>] = [:]
        var codeByID: [Int64: String] = [:]
        for agency in agencies {
            codeByID[agency.id] = agency.code
            for name in [agency.code, agency.name, agency.shortName] where !AgencyKey.of(name).isEmpty {
                holders[AgencyKey.of(name), default: []].insert(agency.id)
            }
        }
        for alias in try AliasRecord.all(db) {
            holders[AgencyKey.of(alias.alias), default: []].insert(alias.agencyID)
        }
        let touched = agencies.filter { codes.contains($0.code.lowercased()) }
        for agency in touched {
            let fields = [("code", agency.code), ("name", agency.name), ("shortName", agency.shortName)]
            for (field, value) in fields where !AgencyKey.of(value).isEmpty {
                if let holder = holders[AgencyKey.of(value)]?.subtracting([agency.id]).min() {
                    throw StoreError.alreadyUsed(field: field, value: value, by: codeByID[holder] ?? "#\(holder)")
                }
            }
        }
    }
}
