import GRDB
import InovasiCore

/// ``ProposalAct`` checked inside the write transaction: the actor's role, and for an operator
/// the OPD of the proposal (before and after an edit that moves it).
enum ProposalPermission {
    /// The actor's user row when they may do `act` on a proposal of `agencyID`; otherwise
    /// `.permissionDenied` (role) or `.otherAgency` (an operator of another OPD).
    @discardableResult
    static func require(
        _ db: Database, actor: String, act: ProposalAct, action: String, agencyID: Int64
    ) throws -> User {
        let user = try Permission.require(db, actor: actor, action: action) { act.isAllowed(for: $0) }
        try requireOwnAgency(user, agencyID: agencyID, db)
        return user
    }

    /// `.otherAgency` when `user` is an operator and `agencyID` is not the OPD they work for.
    static func requireOwnAgency(_ user: User, agencyID: Int64, _ db: Database) throws {
        guard user.role.needsAgency, user.agencyID != agencyID else { return }
        throw StoreError.otherAgency(
            user: user.name, agency: try code(of: user.agencyID, db), proposalAgency: try code(of: agencyID, db))
    }

    private static func code(of id: Int64?, _ db: Database) throws -> String {
        guard let id else { return "-" }
        return try String.fetchOne(db, sql: "SELECT code FROM agency WHERE id = ?", arguments: [id]) ?? "#\(id)"
    }
}
