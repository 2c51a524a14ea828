import GRDB
import InovasiCore

/// Rows of the `user` table.
enum UserRecord {
    static let select =
        "SELECT name, role, agency_id, \(StoredText.full("display_name", as: "display_name")), external FROM user"

    static func decode(_ row: Row) throws -> User {
        User(
            name: try row.value("name"), role: try row.enumValue("role", table: "user"),
            agencyID: try row.value("agency_id"), displayName: try row.value("display_name"),
            isExternal: try row.value("external"))
    }

    static func fetch(name: String, _ db: Database) throws -> User? {
        try Row.fetchOne(db, sql: select + " WHERE name = ?", arguments: [name]).map(decode)
    }

    static let insertSQL = "INSERT INTO user (name, role, agency_id, display_name, external) VALUES (?, ?, ?, ?, ?)"

    static func arguments(_ user: User) -> StatementArguments {
        [user.name, user.role.rawValue, user.agencyID, user.displayName, user.isExternal]
    }

    static func insert(_ user: User, _ db: Database) throws {
        try db.execute(sql: insertSQL, arguments: arguments(user))
    }
}
