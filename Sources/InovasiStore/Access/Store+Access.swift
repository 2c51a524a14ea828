import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Runs `body` on a reader connection (a snapshot; never blocks writers), mapping errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: all of it commits, or none of it.
    ///
    /// Refused up front in read-only mode, so such a store never even asks for the write lock.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard mode == .readWrite else { throw .readOnly(path: path) }
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}

/// Role checks made inside the write transaction, so a role change by another process counts.
enum Permission {
    /// The actor's user row when `allowed(role)` holds; otherwise `.permissionDenied` naming the action.
    @discardableResult
    static func require(
        _ db: Database, actor: String, action: String, allowed: (Role) -> Bool
    ) throws -> User {
        guard let user = try UserRecord.fetch(name: actor, db) else {
            throw StoreError.permissionDenied(user: actor, role: nil, action: action)
        }
        guard allowed(user.role) else {
            throw StoreError.permissionDenied(user: actor, role: user.role, action: action)
        }
        return user
    }

    /// Admin only: users, OPDs, bidang, innovations, proposals, sessions, demo data.
    static func requireAdmin(_ db: Database, actor: String, action: String) throws {
        try require(db, actor: actor, action: action) { $0.canAdminister }
    }

    /// The actor may do `act` on `proposal`: their role may (``ReviewAct/isAllowed(for:)``), and when
    /// the act bars the proposal's own OPD (``ReviewAct/barsOwnAgency``), they work elsewhere.
    /// An operator acts only on its own OPD's proposals (``ProposalAct``).
    /// The rule itself lives in InovasiCore; `action` only names the refusal.
    @discardableResult
    static func require(
        _ db: Database, actor: String, action: String, act: ReviewAct, proposal: Proposal
    ) throws -> User {
        let user = try require(db, actor: actor, action: action) { act.isAllowed(for: $0) }
        try ProposalPermission.requireOwnAgency(user, agencyID: proposal.agencyID, db)
        if act.barsOwnAgency { try refuseOwnAgency(user, proposal: proposal, db) }
        return user
    }

    /// ``ReviewAct/refusal(for:holder:)`` against the proposal's holder as stored now: an external
    /// member only scores (`.externalMember`); only the holder or an admin decides (`.notHolder`).
    static func requireHolder(_ user: User, act: ReviewAct, action: String, proposal: Proposal, _ db: Database)
        throws
    {
        guard user.isExternal || act.isDecision else { return }
        let holder = try ProposalRecord.assignee(proposalID: proposal.id, db)
        switch act.refusal(for: user, holder: holder) {
        case nil: return
        case .external: throw StoreError.externalMember(user: user.name, proposalID: proposal.id, action: action)
        case .notHolder(let holder):
            throw StoreError.notHolder(user: user.name, proposalID: proposal.id, holder: holder, action: action)
        }
    }

    /// `.ownAgency` when `user` works at the OPD that made `proposal`.
    static func refuseOwnAgency(_ user: User, proposal: Proposal, _ db: Database) throws {
        guard let own = user.agencyID, own == proposal.agencyID else { return }
        let code = try String.fetchOne(db, sql: "SELECT code FROM agency WHERE id = ?", arguments: [own])
        throw StoreError.ownAgency(user: user.name, proposalID: proposal.id, agency: code ?? "#\(own)")
    }
}
