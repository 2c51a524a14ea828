import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin only: removes an OPD, an innovation or a proposal (soft delete) with a required note.
    ///
    /// The row stays, with its links and its audit trail; it leaves the progress pane, the report,
    /// the queue, the lists, the sessions' lists and every count. One audit row holds the record
    /// before (`removed: false`) and after (`removed: true`). A main innovation loses its main flag
    /// (seen in the audit row), so its OPD or bidang may name another. An OPD still holding
    /// innovations, proposals, kelurahan or users that are not removed is refused with the counts
    /// (``StoreError/agencyInUse(agency:innovations:proposals:villages:users:)``).
    @discardableResult
    public func remove(_ kind: RemovedKind, id: Int64, note: String, by actor: String, now: Date = Date())
        throws(StoreError) -> RemovedRecord
    {
        try References.requireText(note, field: "note", max: 2_000)
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: RemovalAction.remove(kind))
            let before = try RemovalSnapshot.current(kind, id, db)
            try Removal.requirePresent(kind, id, db)
            if kind == .agency { try RemovalRules.requireEmpty(agencyID: id, db) }
            if kind == .innovation {
                try db.execute(sql: "UPDATE innovation SET is_main = 0 WHERE id = ?", arguments: [id])
            }
            try db.execute(
                sql: Removal.insertSQL, arguments: [kind.rawValue, id, StoredTime.text(now), actor, note])
            let after = try RemovalSnapshot.current(kind, id, db)
            try AuditLog.append(
                db, at: now, user: actor, action: RemovalAction.remove(kind), entity: kind.rawValue, entityID: id,
                before: try before.json(removed: false), after: try after.json(removed: true), note: note)
            guard
                let record = try Row.fetchOne(
                    db, sql: Removal.listSQL + " WHERE r.entity = ? AND r.entity_id = ?",
                    arguments: [kind.rawValue, id]
                ).map(Removal.decode)
            else { throw MissingRow(table: "removal", id: id) }
            return record
        }
    }

    /// Admin only: brings a removed record back, audited with before and after; the note is optional.
    /// An innovation or proposal of a removed OPD, or a kelurahan of a removed kecamatan, is refused
    /// until its OPD is restored. A main flag cleared by the removal stays cleared.
    public func restore(_ kind: RemovedKind, id: Int64, note: String = "", by actor: String, now: Date = Date())
        throws(StoreError)
    {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: RemovalAction.restore(kind))
            let state = try RemovalSnapshot.current(kind, id, db)
            guard try Removal.isRemoved(kind, id, db) else {
                throw StoreError.notRemoved(entity: kind.rawValue, id: id)
            }
            if let owner = state.owner { try Removal.requirePresent(.agency, owner, db) }
            try db.execute(sql: Removal.deleteSQL, arguments: [kind.rawValue, id])
            let json = try state.json(removed: false)
            try AuditLog.append(
                db, at: now, user: actor, action: RemovalAction.restore(kind), entity: kind.rawValue, entityID: id,
                before: try state.json(removed: true), after: json, note: note)
        }
    }

    /// The removed records, of one kind or all, newest removal first.
    public func removedRecords(kind: RemovedKind? = nil) throws(StoreError) -> [RemovedRecord] {
        try read { db in
            if let kind {
                return try Row.fetchAll(
                    db, sql: Removal.listSQL + " WHERE r.entity = ? ORDER BY r.removed_at DESC, r.entity_id DESC",
                    arguments: [kind.rawValue]
                ).map(Removal.decode)
            }
            return try Row.fetchAll(
                db, sql: Removal.listSQL + " ORDER BY r.removed_at DESC, r.entity, r.entity_id DESC"
            )
            .map(Removal.decode)
        }
    }

    /// Whether the record is removed (a detail or `show` may say so).
    public func isRemoved(_ kind: RemovedKind, id: Int64) throws(StoreError) -> Bool {
        try read { db in try Removal.isRemoved(kind, id, db) }
    }
}

/// The audit actions of soft delete and restore: `agency.softDelete`, `innovation.restore` …
/// (`innovation.remove` already names the innovation an undone approval deletes).
enum RemovalAction {
    static func remove(_ kind: RemovedKind) -> String { "\(kind.rawValue).softDelete" }
    static func restore(_ kind: RemovedKind) -> String { "\(kind.rawValue).restore" }
}
