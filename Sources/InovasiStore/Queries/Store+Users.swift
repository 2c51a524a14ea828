import Foundation
import GRDB
import InovasiCore

extension Store {
    /// The user of that name, or nil when the name has no role in this store.
    public func user(named name: String) throws(StoreError) -> User? {
        try read { db in try UserRecord.fetch(name: name, db) }
    }

    /// Everyone with a role, by name.
    public func users() throws(StoreError) -> [User] {
        try read { db in
            try Row.fetchAll(db, sql: UserRecord.select + " ORDER BY name").map(UserRecord.decode)
        }
    }

    /// Admin only (checked against `by`): adds a user; .permissionDenied / .duplicateUser; an
    /// operator without an OPD is refused naming the field `opd`; an external member must be a
    /// reviewer (field `external`) without an OPD (field `opd`).
    public func addUser(_ user: User, by actor: String, now: Date = Date()) throws(StoreError) {
        try Self.validateUserName(user.name)
        try Self.requireAgency(of: user.role, agencyID: user.agencyID)
        try validated(user.validateExternal)
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.userAdd)
            if try UserRecord.fetch(name: user.name, db) != nil {
                throw StoreError.duplicateUser(name: user.name)
            }
            if let agencyID = user.agencyID, try !AgencyRecord.exists("agency", id: agencyID, db) {
                throw StoreError.validation(ValidationError(field: "agencyID", reason: .unknownReference))
            }
            if let agencyID = user.agencyID { try Removal.requirePresent(.agency, agencyID, db) }
            try UserRecord.insert(user, db)
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.userAdd, entity: "user", entityID: nil,
                after: AuditJSON.encode(user))
        }
    }

    /// Admin only: changes a user's role, and their OPD when `agencyID` is given (an operator needs
    /// one); refuses to demote the last admin (`.lastAdmin`), who alone can undo it, and to give an
    /// external member another role or an OPD (`.validation`, field `external` or `opd`).
    public func setRole(
        of name: String, to role: Role, agencyID: Int64? = nil, by actor: String, now: Date = Date()
    ) throws(StoreError) {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.userSetRole)
            guard let before = try UserRecord.fetch(name: name, db) else {
                throw StoreError.unknownUser(name: name)
            }
            try Self.requireAgency(of: role, agencyID: agencyID ?? before.agencyID)
            if let agencyID, try !AgencyRecord.exists("agency", id: agencyID, db) {
                throw StoreError.validation(ValidationError(field: "agencyID", reason: .unknownReference))
            }
            if before.role == .admin, role != .admin {
                let admins = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user WHERE role = 'admin'") ?? 0
                if admins <= 1 { throw StoreError.lastAdmin(name: name) }
            }
            var after = before
            after.role = role
            after.agencyID = agencyID ?? before.agencyID
            try validated(after.validateExternal)
            try db.execute(
                sql: "UPDATE user SET role = ?, agency_id = ? WHERE name = ?",
                arguments: [role.rawValue, after.agencyID, name])
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.userSetRole, entity: "user", entityID: nil,
                before: AuditJSON.encode(before), after: AuditJSON.encode(after))
        }
    }

    /// An operator acts for one OPD, so the role needs one (`.validation`, field `opd`).
    static func requireAgency(of role: Role, agencyID: Int64?) throws(StoreError) {
        guard role.needsAgency, agencyID == nil else { return }
        throw .validation(ValidationError(field: "opd", reason: .missing))
    }

    /// A Unix login name: not empty, at most 64 bytes, no whitespace, colon or slash.
    static func validateUserName(_ name: String) throws(StoreError) {
        if name.isEmpty { throw .validation(ValidationError(field: "name", reason: .empty)) }
        if name.utf8.count > 64 { throw .validation(ValidationError(field: "name", reason: .tooLong(max: 64))) }
        let bad = name.unicodeScalars.contains {
            $0.properties.isWhitespace || $0 == ":" || $0 == "/" || $0.value < 0x20
        }
        if bad { throw .validation(ValidationError(field: "name", reason: .invalid)) }
    }
}
