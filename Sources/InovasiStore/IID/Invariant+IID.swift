/// What `inovasi check` verifies about IID evidence (schema 10): a level from 0 to 3, and an
/// innovation that exists. The schema refuses both, so only another tool could write them.
extension Invariant {
    static let iid: [Invariant] = [
        Invariant(
            kind: "iidLevel",
            sql: "SELECT CAST(id AS TEXT) AS id, CAST(level AS TEXT) AS value FROM iid_evidence "
                + "WHERE level IS NULL OR level NOT BETWEEN 0 AND 3",
            table: "iid_evidence"),
        Invariant(
            kind: "iidOrphan",
            sql: "SELECT CAST(e.id AS TEXT) AS id, CAST(e.innovation_id AS TEXT) AS value FROM iid_evidence e "
                + "WHERE e.innovation_id IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM innovation i WHERE i.id = e.innovation_id)",
            table: "iid_evidence"),
    ]
}
