import Foundation
import GRDB
import InovasiCore

/// The one place that says in SQL what "removed" means, and the checks that keep removed records
/// out of every write.
///
/// Every read that lists or counts OPDs, innovations or proposals adds ``notRemoved(_:_:)``; the
/// writes call ``requirePresent(_:_:_:)`` on the record they change, so a removed record can only
/// be restored.
enum Removal {
    /// `column NOT IN (SELECT entity_id FROM removal WHERE entity = 'kind')`: the kind is a literal
    /// from the enum, never input. Tested on an id, it keeps covering indexes covering.
    static func notRemoved(_ kind: RemovedKind, _ column: String) -> String {
        "\(column) NOT IN (SELECT entity_id FROM removal WHERE entity = '\(kind.rawValue)')"
    }

    /// Whether the record is removed.
    static func isRemoved(_ kind: RemovedKind, _ id: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM removal WHERE entity = ? AND entity_id = ?)",
            arguments: [kind.rawValue, id]) ?? false
    }

    /// Refuses (``StoreError/removed(entity:id:)``) a change to a removed record.
    static func requirePresent(_ kind: RemovedKind, _ id: Int64, _ db: Database) throws {
        if try isRemoved(kind, id, db) { throw StoreError.removed(entity: kind.rawValue, id: id) }
    }

    static let insertSQL = """
        INSERT INTO removal (entity, entity_id, removed_at, removed_by, note) VALUES (?, ?, ?, ?, ?)
        """

    static let deleteSQL = "DELETE FROM removal WHERE entity = ? AND entity_id = ?"

    /// Every removed record, newest removal first, with the name a person knows it by.
    static let listSQL = """
        SELECT r.entity, r.entity_id, r.removed_at, r.removed_by, \(StoredText.full("r.note", as: "note")),
               COALESCE(
                   (SELECT a.code || ' ' || a.name FROM agency a WHERE r.entity = 'agency' AND a.id = r.entity_id),
                   (SELECT i.title FROM innovation i WHERE r.entity = 'innovation' AND i.id = r.entity_id),
                   (SELECT p.title FROM proposal p WHERE r.entity = 'proposal' AND p.id = r.entity_id),
                   '') AS name
        FROM removal r
        """

    static func decode(_ row: Row) throws -> RemovedRecord {
        RemovedRecord(
            kind: try row.enumValue("entity", table: "removal"), id: try row.value("entity_id"),
            name: try row.value("name"), removedAt: try row.time("removed_at", table: "removal"),
            removedBy: try row.value("removed_by"), note: try row.value("note"))
    }
}
