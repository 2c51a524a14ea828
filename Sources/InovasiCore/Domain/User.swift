import Foundation

/// A person known to the store: a Unix user name with a role.
public struct User: Codable, Hashable, Sendable {
    /// Unix login name, resolved from `getuid`, never from `$USER`.
    public var name: String
    /// What the person may change; the store checks it before every review or admin action.
    public var role: Role
    /// The OPD the person works in; a reviewer never scores a proposal of their own OPD.
    public var agencyID: Int64?
    /// Full name with titles for people to read, e.g. "Rina Handayani, S.E., M.Si."; may be empty.
    public var displayName: String
    /// An external member of the tim independen (a university, an expert): a reviewer with no OPD
    /// who may score but never take, hold or decide (``ReviewAct/refusal(for:holder:)``).
    public var isExternal: Bool

    /// A user; `isExternal` only for a reviewer without an OPD (``validateExternal()``).
    public init(
        name: String, role: Role, agencyID: Int64? = nil, displayName: String = "", isExternal: Bool = false
    ) {
        self.name = name
        self.role = role
        self.agencyID = agencyID
        self.displayName = displayName
        self.isExternal = isExternal
    }

    enum CodingKeys: String, CodingKey {
        case name, role, agencyID, displayName, isExternal
    }

    /// Reads a user; one written before external members existed (an old audit row) is internal.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        role = try container.decode(Role.self, forKey: .role)
        agencyID = try container.decodeIfPresent(Int64.self, forKey: .agencyID)
        displayName = try container.decode(String.self, forKey: .displayName)
        isExternal = try container.decodeIfPresent(Bool.self, forKey: .isExternal) ?? false
    }

    /// An external member is a reviewer (field `external`) with no OPD (field `opd`).
    public func validateExternal() throws(ValidationError) {
        guard isExternal else { return }
        guard role == .reviewer else { throw ValidationError(field: "external", reason: .invalid) }
        guard agencyID == nil else { throw ValidationError(field: "opd", reason: .invalid) }
    }
}

/// One row of the append-only audit log: who changed what, when, from what to what.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// Store id; 0 before the entry is written. Ids grow with every entry, so they give the log's order.
    public var id: Int64
    /// When the change was made (stored in UTC).
    public var at: Date
    /// Unix user name.
    public var user: String
    /// What was done, e.g. `proposal.approve`, `user.add`.
    public var action: String
    /// The entity kind, e.g. `proposal`.
    public var entity: String
    /// Id of the entity changed; nil for entities keyed otherwise (a user, by name) or the whole store.
    public var entityID: Int64?
    /// JSON of the entity before, when there was one.
    public var before: String?
    /// JSON of the entity after, when there is one.
    public var after: String?
    /// The reason given with the change, e.g. a decision's note or the reviewer assigned; may be empty.
    public var note: String

    /// An audit row about to be written or read back; `id` stays 0 until the store writes it.
    public init(
        id: Int64 = 0, at: Date, user: String, action: String, entity: String, entityID: Int64?,
        before: String? = nil, after: String? = nil, note: String = ""
    ) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.before = before
        self.after = after
        self.note = note
    }
}
