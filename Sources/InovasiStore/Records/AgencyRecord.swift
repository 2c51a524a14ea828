import GRDB
import InovasiCore

/// Rows of the `agency` and `division` tables.
enum AgencyRecord {
    static let select = "SELECT id, code, name, kind, parent_id, short_name, active FROM agency"

    /// `ORDER BY` for agencies: by kind in the domain's order, then by name.
    static var kindOrder: String {
        let cases = AgencyKind.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.order)" }.joined(separator: " ")
        return "CASE kind \(cases) ELSE \(AgencyKind.allCases.count) END, name COLLATE NOCASE, id"
    }

    static func decode(_ row: Row) throws -> Agency {
        Agency(
            id: try row.value("id"), code: try row.value("code"), name: try row.value("name"),
            kind: try row.enumValue("kind", table: "agency"), parentID: try row.value("parent_id"),
            shortName: try row.value("short_name"), isActive: try row.value("active"))
    }

    static func fetch(id: Int64, _ db: Database) throws -> Agency? {
        try Row.fetchOne(db, sql: select + " WHERE id = ?", arguments: [id]).map(decode)
    }

    static let insertSQL =
        "INSERT INTO agency (id, code, name, kind, parent_id, short_name, active) VALUES (?, ?, ?, ?, ?, ?, ?)"

    /// Arguments for `insertSQL`; an id of 0 lets SQLite choose one.
    static func arguments(_ agency: Agency) -> StatementArguments {
        [
            agency.id == 0 ? nil : agency.id, agency.code, agency.name, agency.kind.rawValue, agency.parentID,
            agency.shortName, agency.isActive,
        ]
    }

    /// Rewrites every column but the id and `active` of the agency with `agency.id`.
    static let updateSQL = "UPDATE agency SET code = ?, name = ?, kind = ?, parent_id = ?, short_name = ? WHERE id = ?"

    /// Arguments for `updateSQL`.
    static func updateArguments(_ agency: Agency) -> StatementArguments {
        [agency.code, agency.name, agency.kind.rawValue, agency.parentID, agency.shortName, agency.id]
    }

    static let divisionSelect = "SELECT id, agency_id, name FROM division"

    static func decodeDivision(_ row: Row) throws -> Division {
        Division(id: try row.value("id"), agencyID: try row.value("agency_id"), name: try row.value("name"))
    }

    static let divisionInsertSQL = "INSERT INTO division (id, agency_id, name) VALUES (?, ?, ?)"

    static func arguments(_ division: Division) -> StatementArguments {
        [division.id == 0 ? nil : division.id, division.agencyID, division.name]
    }

    /// Whether a row with `id` exists in `table` (a fixed name from this module, never user input).
    static func exists(_ table: String, id: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) ?? false
    }
}
