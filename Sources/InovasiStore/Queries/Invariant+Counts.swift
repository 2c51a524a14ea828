/// What `inovasi check` verifies about the counts the store keeps (``SchemaV11``): each OPD's
/// count per status, and per waiting status and day, equals a recount of its proposals that are
/// not removed, and its count per stage, form and kind a recount of its innovations that are not
/// removed. Only another tool
/// writing with the triggers dropped, or a hand edit, could make them differ.
extension Invariant {
    static let keptCounts: [Invariant] = [
        Invariant(
            kind: "keptCount",
            sql: """
                SELECT CAST(agency_id AS TEXT) || ' ' || status AS id,
                       'kept ' || SUM(kept) || ', counted ' || SUM(counted) AS value
                FROM (
                    SELECT agency_id, status, n AS kept, 0 AS counted FROM \(SchemaV11.countTable)
                    UNION ALL
                    SELECT agency_id, status, 0, COUNT(*) FROM proposal
                    WHERE \(Removal.notRemoved(.proposal, "id")) GROUP BY agency_id, status)
                GROUP BY agency_id, status HAVING SUM(kept) <> SUM(counted)
                ORDER BY agency_id, status
                """,
            table: SchemaV11.countTable),
        Invariant(
            kind: "keptCount",
            sql: """
                SELECT CAST(agency_id AS TEXT) || ' ' || status || ' ' || day AS id,
                       'kept ' || SUM(kept) || ', counted ' || SUM(counted) AS value
                FROM (
                    SELECT agency_id, status, day, n AS kept, 0 AS counted FROM \(SchemaV11.dayTable)
                    UNION ALL
                    SELECT agency_id, status, \(SchemaV11.day("submitted_at")), 0, COUNT(*) FROM proposal
                    WHERE \(SchemaV11.waiting("status")) AND \(Removal.notRemoved(.proposal, "id"))
                    GROUP BY agency_id, status, \(SchemaV11.day("submitted_at")))
                GROUP BY agency_id, status, day HAVING SUM(kept) <> SUM(counted)
                ORDER BY agency_id, status, day
                """,
            table: SchemaV11.dayTable),
        Invariant(
            kind: "keptCount",
            sql: """
                SELECT CAST(agency_id AS TEXT) || ' ' || stage || ' ' || form || ' ' || kind AS id,
                       'kept ' || SUM(kept) || ', counted ' || SUM(counted) AS value
                FROM (
                    SELECT agency_id, stage, form, kind, n AS kept, 0 AS counted FROM \(SchemaV11.innovationTable)
                    UNION ALL
                    SELECT agency_id, stage, form, kind, 0, COUNT(*) FROM innovation
                    WHERE \(Removal.notRemoved(.innovation, "id")) GROUP BY agency_id, stage, form, kind)
                GROUP BY agency_id, stage, form, kind HAVING SUM(kept) <> SUM(counted)
                ORDER BY agency_id, stage, form, kind
                """,
            table: SchemaV11.innovationTable),
    ]
}
