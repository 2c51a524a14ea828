import Foundation
import GRDB
import InovasiCore

/// A record as a removal's audit row keeps it: the whole record (as its other audit rows write it)
/// and whether it is removed.
struct RemovalSnapshot {
    /// The record's JSON, encoded by its own type.
    var encode: (Bool) throws -> String
    /// The OPD it belongs to (an innovation's or proposal's OPD, a kelurahan's kecamatan), if any.
    var owner: Int64?

    func json(removed: Bool) throws -> String { try encode(removed) }

    /// The record with `id` as the transaction sees it; an unknown one is refused as the other
    /// commands refuse it (``StoreError/unknownProposal(id:)``, or the field `id`).
    static func current(_ kind: RemovedKind, _ id: Int64, _ db: Database) throws -> RemovalSnapshot {
        switch kind {
        case .agency:
            guard let agency = try AgencyRecord.fetch(id: id, db) else { throw References.unknown("id") }
            return RemovalSnapshot(
                encode: { try AuditJSON.encode(State(record: agency, removed: $0)) }, owner: agency.parentID)
        case .innovation:
            guard let innovation = try InnovationRecord.fetch(id: id, db) else { throw References.unknown("id") }
            return RemovalSnapshot(
                encode: { try AuditJSON.encode(State(record: innovation, removed: $0)) }, owner: innovation.agencyID)
        case .proposal:
            guard let proposal = try ProposalRecord.fetch(id: id, db) else { throw StoreError.unknownProposal(id: id) }
            let snapshot = ProposalSnapshot(
                proposal: proposal, assignee: try ProposalRecord.assignee(proposalID: id, db))
            return RemovalSnapshot(
                encode: { try AuditJSON.encode(State(record: snapshot, removed: $0)) }, owner: proposal.agencyID)
        }
    }

    private struct State<Record: Encodable>: Encodable {
        var record: Record
        var removed: Bool
    }
}

/// When an OPD may be removed.
enum RemovalRules {
    /// Refuses to remove an OPD that still holds innovations, proposals, kelurahan or users that
    /// are not removed: they would point at a record nobody sees. Remove (or move) them first, or
    /// deactivate the OPD, which keeps them.
    static func requireEmpty(agencyID: Int64, _ db: Database) throws {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [agencyID]) ?? 0 }
        let innovations = try count(
            "SELECT COUNT(*) FROM innovation WHERE agency_id = ? AND " + Removal.notRemoved(.innovation, "id"))
        let proposals = try count(
            "SELECT COUNT(*) FROM proposal WHERE agency_id = ? AND " + Removal.notRemoved(.proposal, "id"))
        let villages = try count(
            "SELECT COUNT(*) FROM agency WHERE parent_id = ? AND " + Removal.notRemoved(.agency, "id"))
        let users = try count("SELECT COUNT(*) FROM user WHERE agency_id = ?")
        guard innovations + proposals + villages + users > 0 else { return }
        let code = try String.fetchOne(db, sql: "SELECT code FROM agency WHERE id = ?", arguments: [agencyID]) ?? ""
        throw StoreError.agencyInUse(
            agency: code, innovations: innovations, proposals: proposals, villages: villages, users: users)
    }
}
