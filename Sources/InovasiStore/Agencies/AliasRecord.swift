import GRDB
import InovasiCore

/// Rows of the `agency_alias` table.
enum AliasRecord {
    static let select = "SELECT alias, agency_id FROM agency_alias"

    static func decode(_ row: Row) throws -> AgencyAlias {
        AgencyAlias(alias: try row.value("alias"), agencyID: try row.value("agency_id"))
    }

    /// Every alias, by OPD then alias.
    static func all(_ db: Database) throws -> [AgencyAlias] {
        try Row.fetchAll(db, sql: select + " ORDER BY agency_id, alias_key").map(decode)
    }

    static let insertSQL = "INSERT INTO agency_alias (alias_key, alias, agency_id) VALUES (?, ?, ?)"
}
