import Foundation
import GRDB
import InovasiCore

/// A proposal as an audit row's `before` or `after` keeps it: every field of the proposal plus its
/// `assignee` (null when none), so an undo can restore who held it, not only its status.
struct ProposalSnapshot: Encodable {
    var proposal: Proposal
    var assignee: String?
    /// The innovation the undone approval had created, kept in the undo row's `before`.
    var innovation: Innovation?

    private enum Key: String, CodingKey {
        case assignee, innovation
    }

    func encode(to encoder: any Encoder) throws {
        try proposal.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(assignee, forKey: .assignee)
        try container.encodeIfPresent(innovation, forKey: .innovation)
    }

    /// The snapshot of the proposal with `id` as the transaction sees it now.
    static func current(_ id: Int64, _ db: Database) throws -> (Proposal, String) {
        guard let proposal = try ProposalRecord.fetch(id: id, db) else { throw MissingRow(table: "proposal", id: id) }
        let assignee = try ProposalRecord.assignee(proposalID: id, db)
        return (proposal, try AuditJSON.encode(ProposalSnapshot(proposal: proposal, assignee: assignee)))
    }
}

/// The part of an audit row's `before` an undo restores: the status, and the assignee when the row
/// recorded one (rows written before assignees were recorded, and demo history, do not).
struct RecordedState: Decodable {
    var status: ProposalStatus
    /// `.some(nil)`: recorded as unassigned; `nil`: not recorded.
    var assignee: String??

    private enum Key: String, CodingKey {
        case status, assignee
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        status = try container.decode(ProposalStatus.self, forKey: .status)
        assignee =
            container.contains(.assignee) ? .some(try container.decodeIfPresent(String.self, forKey: .assignee)) : nil
    }

    /// The state in `json`, or nil when the text is missing or holds no status.
    static func parse(_ json: String?) -> RecordedState? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(RecordedState.self, from: Data(json.utf8))
    }
}
