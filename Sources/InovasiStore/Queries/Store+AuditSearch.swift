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
    /// Text the note, the action, the user or the before and after must contain (ignoring case).
    public var text: String?

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

    /// The filter with `text` to look for, as the dashboard's audit view asks.
    public func containing(_ text: String?) -> AuditFilter {
        var filter = self
        filter.text = text
        return filter
    }
}

extension Store {
    /// The audit entries that match `filter`, oldest first (the newest `filter.limit` of them).
    public func auditLog(matching filter: AuditFilter) throws(StoreError) -> [AuditEntry] {
        var (condition, arguments) = Self.auditCondition(filter)
        let sql = "SELECT * FROM (" + AuditLog.selectSQL + condition + " ORDER BY id DESC LIMIT ?) ORDER BY id"
        arguments.append(max(0, filter.limit))
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(AuditLog.decode)
        }
    }

    /// One window of the entries that match `filter`, newest first: `limit` of them after skipping
    /// the `offset` newest, so the dashboard reads a page of a log of any length, never all of it.
    public func auditPage(matching filter: AuditFilter, offset: Int, limit: Int) throws(StoreError) -> [AuditEntry] {
        var (condition, arguments) = Self.auditCondition(filter)
        let sql = AuditLog.selectSQL + condition + " ORDER BY id DESC LIMIT ? OFFSET ?"
        arguments += [max(0, limit), max(0, offset)]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(AuditLog.decode)
        }
    }

    /// How many entries match `filter` (its limit is ignored).
    public func auditCount(matching filter: AuditFilter) throws(StoreError) -> Int {
        let (condition, arguments) = Self.auditCondition(filter)
        let sql = "SELECT COUNT(*) FROM audit_log" + condition
        return try read { db in try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0 }
    }

    /// The `WHERE` clause of `filter` and its arguments.
    static func auditCondition(_ filter: AuditFilter) -> (String, [any DatabaseValueConvertible]) {
        var terms: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        let equal: [(String, (any DatabaseValueConvertible)?)] = [
            ("entity", filter.entity), ("entity_id", filter.entityID), ("user", filter.user),
        ]
        for (column, value) in equal {
            guard let value else { continue }
            terms.append("\(column) = ?")
            arguments.append(value)
        }
        if let from = filter.from {
            terms.append("at >= ?")
            arguments.append(StoredTime.text(from))
        }
        if let to = filter.to {
            terms.append("at < ?")
            arguments.append(StoredTime.text(to))
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let pattern =
                "%"
                + text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            let columns = ["note", "action", "user", "before", "after"]
            terms.append("(" + columns.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")")
            arguments += Array(repeating: pattern, count: columns.count)
        }
        return (terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND "), arguments)
    }
}
