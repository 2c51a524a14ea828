/// The innovation counts schema version 11 keeps as it writes (issue 14, point 2), like the
/// proposal counts of ``SchemaV11``.
///
/// `innovation_count`: how many innovations that are not removed each OPD has per stage, form
/// (bentuk) and kind (jenis). The OPD table reads these rows (a few per OPD) instead of grouping
/// every innovation, whose number grows with the data. Triggers on `innovation` (a row added,
/// deleted, or moved to another OPD, stage, form or kind) and on `removal` (an innovation removed,
/// restored, or a removal row moved by hand) keep it equal to a recount whatever writes the row.
/// A later migration that rebuilds `innovation` or `removal` must create these triggers again.
extension SchemaV11 {
    /// The kept innovation counts' table, derived from `innovation` and `removal`: never exported.
    static let innovationTable = "innovation_count"

    /// The table, its fill from the rows and its triggers, in the v11 migration.
    static let innovationStatements: [String] =
        [
            """
            CREATE TABLE \(innovationTable) (
                agency_id INTEGER NOT NULL,
                stage TEXT NOT NULL,
                form TEXT NOT NULL,
                kind TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (agency_id, stage, form, kind)
            ) WITHOUT ROWID
            """,
            """
            INSERT INTO \(innovationTable) (agency_id, stage, form, kind, n)
            SELECT agency_id, stage, form, kind, COUNT(*) FROM innovation
            WHERE \(Removal.notRemoved(.innovation, "id"))
            GROUP BY agency_id, stage, form, kind
            """,
        ] + innovationTriggers

    /// One more innovation for each row of `source`, a SELECT of `a` (OPD), `s` (stage), `f`
    /// (form), `k` (kind).
    static func addInnovation(_ source: String) -> String {
        """
        INSERT INTO \(innovationTable) (agency_id, stage, form, kind, n) SELECT a, s, f, k, 1 FROM (\(source))
            WHERE 1 ON CONFLICT (agency_id, stage, form, kind) DO UPDATE SET n = n + 1;
        """
    }

    /// One innovation fewer for each row of `source` (as in ``addInnovation(_:)``).
    static func subtractInnovation(_ source: String) -> String {
        """
        UPDATE \(innovationTable) SET n = n - 1
            WHERE (agency_id, stage, form, kind) IN (SELECT a, s, f, k FROM (\(source)));
        """
    }

    /// The row `NEW` or `OLD` of `innovation` as a source, when that innovation is not removed.
    static func innovationRow(_ name: String) -> String {
        """
        SELECT \(name).agency_id AS a, \(name).stage AS s, \(name).form AS f, \(name).kind AS k
        WHERE NOT EXISTS (SELECT 1 FROM removal WHERE entity = 'innovation' AND entity_id = \(name).id)
        """
    }

    /// The innovation a `removal` row `NEW` or `OLD` names, as a source.
    static func removedInnovation(_ name: String) -> String {
        """
        SELECT agency_id AS a, stage AS s, form AS f, kind AS k FROM innovation
        WHERE \(name).entity = 'innovation' AND id = \(name).entity_id
        """
    }

    /// The triggers that keep ``innovationTable`` equal to a recount.
    static let innovationTriggers = [
        """
        CREATE TRIGGER innovation_count_insert AFTER INSERT ON innovation
        BEGIN \(addInnovation(innovationRow("NEW"))) END
        """,
        """
        CREATE TRIGGER innovation_count_delete AFTER DELETE ON innovation
        BEGIN \(subtractInnovation(innovationRow("OLD"))) END
        """,
        """
        CREATE TRIGGER innovation_count_update AFTER UPDATE OF id, agency_id, stage, form, kind ON innovation
        WHEN OLD.agency_id IS NOT NEW.agency_id OR OLD.stage IS NOT NEW.stage OR OLD.form IS NOT NEW.form
            OR OLD.kind IS NOT NEW.kind OR OLD.id IS NOT NEW.id
        BEGIN \(subtractInnovation(innovationRow("OLD"))) \(addInnovation(innovationRow("NEW"))) END
        """,
        """
        CREATE TRIGGER innovation_count_removed AFTER INSERT ON removal
        BEGIN \(subtractInnovation(removedInnovation("NEW"))) END
        """,
        """
        CREATE TRIGGER innovation_count_restored AFTER DELETE ON removal
        BEGIN \(addInnovation(removedInnovation("OLD"))) END
        """,
        """
        CREATE TRIGGER innovation_count_removal_changed AFTER UPDATE OF entity, entity_id ON removal
        BEGIN \(addInnovation(removedInnovation("OLD"))) \(subtractInnovation(removedInnovation("NEW"))) END
        """,
    ]
}
