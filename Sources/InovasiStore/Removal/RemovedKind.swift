import Foundation

/// What can be removed (soft delete, issue 10 point 4): the raw value is the entity name the
/// audit log and the `removal` table use.
public enum RemovedKind: String, CaseIterable, Sendable, Codable {
    /// An OPD (a row of `agency`).
    case agency
    /// An innovation.
    case innovation
    /// A proposal.
    case proposal
}

/// A removed record as `inovasi remove --list` shows it: what, which, its name, and who removed it
/// when and why.
public struct RemovedRecord: Equatable, Sendable, Codable {
    /// What was removed.
    public var kind: RemovedKind
    /// Its id in its own table.
    public var id: Int64
    /// How a person knows it: an OPD's code and name, an innovation's or a proposal's title.
    public var name: String
    /// When it was removed.
    public var removedAt: Date
    /// Who removed it.
    public var removedBy: String
    /// Why (required).
    public var note: String

    /// A record as the store reads it back.
    public init(kind: RemovedKind, id: Int64, name: String, removedAt: Date, removedBy: String, note: String) {
        self.kind = kind
        self.id = id
        self.name = name
        self.removedAt = removedAt
        self.removedBy = removedBy
        self.note = note
    }
}
