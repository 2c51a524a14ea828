/// What schema version 7 adds: soft delete (issue 10, point 4).
///
/// A removed OPD, innovation or proposal keeps its row, its links and its audit trail; one row of
/// `removal` says that it is removed, when, by whom and why. Restoring deletes that row (the audit
/// log keeps both events). A table of its own, not a column on each table, so the covering and
/// partial indexes of the queue (``SchemaV2``, ``SchemaV3``) stay as they are: a query leaves out
/// removed proposals with `p.id NOT IN (SELECT …)`, tested on the id every one of those indexes
/// already holds, and the waiting queue is still answered from `proposal_waiting` alone.
enum SchemaV7 {
    static let statements = [
        """
        CREATE TABLE removal (
            entity TEXT NOT NULL CHECK (entity IN (\(StoreSchema.sqlList(RemovedKind.self)))),
            entity_id INTEGER NOT NULL,
            removed_at TEXT NOT NULL,
            removed_by TEXT NOT NULL,
            note TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id)
        ) WITHOUT ROWID
        """
    ]
}
