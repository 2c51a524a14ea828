/// What `inovasi check` verifies about soft delete: a removal names a record that exists, and no
/// innovation, proposal or kelurahan that is not removed belongs to a removed OPD (the store refuses
/// both, so only another tool could write them).
extension Invariant {
    static let removal: [Invariant] = [
        Invariant(
            kind: "removedMissing",
            sql: """
                SELECT r.entity || ' ' || r.entity_id AS id, r.note AS value FROM removal r
                WHERE (r.entity = 'agency' AND NOT EXISTS (SELECT 1 FROM agency WHERE id = r.entity_id))
                   OR (r.entity = 'innovation' AND NOT EXISTS (SELECT 1 FROM innovation WHERE id = r.entity_id))
                   OR (r.entity = 'proposal' AND NOT EXISTS (SELECT 1 FROM proposal WHERE id = r.entity_id))
                """,
            table: "removal"),
        owner("innovation", column: "agency_id"), owner("proposal", column: "agency_id"),
        owner("agency", column: "parent_id"),
    ]

    /// Rows of `table` that are not removed while the OPD in `column` is.
    private static func owner(_ table: String, column: String) -> Invariant {
        Invariant(
            kind: "removedOwner",
            sql: """
                SELECT CAST(t.id AS TEXT) AS id, CAST(t.\(column) AS TEXT) AS value FROM \(table) t
                WHERE t.\(column) IN (SELECT entity_id FROM removal WHERE entity = 'agency')
                AND \(Removal.notRemoved(RemovedKind(rawValue: table) ?? .agency, "t.id"))
                """,
            table: table)
    }
}
