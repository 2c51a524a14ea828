import Foundation
import GRDB
import InovasiCore

/// What `inovasi history` asks of the audit log: any mix of a kind of record, one record, a user
/// and a time span; nil leaves that part open.
public struct AuditFilter: Hashable, Sendable {
    /// The kind of record (`proposal`, `innovation`, `agency`, `user` …).
    public var entity: String?
    /// One record of that kind.
    public var entityID: Int64?
    /// Who acted.
    public var user: String?
    /// From this instant on.
    public var from: Date?
    /// Before this instant.
    public var to: Date?
    /// At most this many entries: the newest ones.
    public var limit: Int

    /// A filter with every part open, the newest `limit` entries.
    public init(
        entity: String? = nil, entityID: Int64? = nil, user: String? = nil, from: Date? = nil, to: Date? = nil,
        limit: Int = 1_000
    ) {
        self.entity = entity
        self.entityID = entityID
        self.user = user
        self.from = from
        self.to = to
        self.limit = limit
    }
}

extension Store {
    /// The audit entries that match `filter`, oldest first (the newest `filter.limit` of them).
    public func auditLog(matching filter: AuditFilter) throws(StoreError) -> [AuditEntry] {
        var terms: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let entity = filter.entity {
            terms.append("entity = ?")
            arguments.append(entity)
        }
        if let id = filter.entityID {
            terms.append("entity_id = ?")
            arguments.append(id)
        }
        if let user = filter.user {
            terms.append("user = ?")
            arguments.append(user)
        }
        if let from = filter.from {
            terms.append("at >= ?")
            arguments.append(StoredTime.text(from))
        }
        if let to = filter.to {
            terms.append("at < ?")
            arguments.append(StoredTime.text(to))
        }
        let condition = terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND ")
        let sql = "SELECT * FROM (" + AuditLog.selectSQL + condition + " ORDER BY id DESC LIMIT ?) ORDER BY id"
        arguments.append(max(0, filter.limit))
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(AuditLog.decode)
        }
    }
}
