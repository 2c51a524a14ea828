import Foundation
import InovasiCore

/// What the audit view asks for: a kind of record, one record, a user, a text; nil or empty leaves
/// that part open. The store reads it as its `AuditFilter` (InovasiApp adapts it).
public struct AuditQuery: Hashable, Sendable {
    /// The kind of record (`proposal`, `innovation`, `agency`, `division`, `user` …).
    public var entity: String?
    /// One record of that kind.
    public var entityID: Int64?
    /// Who acted.
    public var user: String?
    /// Text the note, the action, the user or the before and after contain.
    public var text: String

    /// A query; every part open by default (the whole trail).
    public init(entity: String? = nil, entityID: Int64? = nil, user: String? = nil, text: String = "") {
        self.entity = entity
        self.entityID = entityID
        self.user = user
        self.text = text
    }

    /// Whether nothing narrows the trail.
    public var isOpen: Bool { entity == nil && entityID == nil && user == nil && text.isEmpty }
}

/// One window of the audit trail, newest first, with how many entries match in all: the view
/// holds one page of a log of any length, never all of it.
public struct AuditPage: Hashable, Sendable {
    /// What the page was read for.
    public var query: AuditQuery
    /// How many of the newest matching entries come before this page.
    public var offset: Int
    /// The page's entries, newest first.
    public var entries: [AuditEntry]
    /// How many entries match the query in all.
    public var total: Int

    /// How many entries one page holds: a few screens, read in milliseconds at any size.
    public static let size = 100

    /// A page read for `query` from `offset`.
    public init(query: AuditQuery, offset: Int, entries: [AuditEntry], total: Int) {
        self.query = query
        self.offset = offset
        self.entries = entries
        self.total = total
    }

    /// The offset of the page after (`delta` 1) or before (-1) this one; nil past either end.
    func offset(moved delta: Int) -> Int? {
        let target = offset + delta * Self.size
        guard target >= 0, target < max(total, 1), target != offset else { return nil }
        return target
    }
}
