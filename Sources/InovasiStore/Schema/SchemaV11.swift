import InovasiCore

/// What schema version 11 adds: counts the store keeps as it writes (issue 14, point 2).
///
/// - `proposal_count`: how many proposals that are not removed each OPD has in each status. The OPD
///   table, the queue's total and the city's figures read these few rows instead of counting every
///   proposal, so their cost no longer grows with the data. Triggers keep it true whatever writes
///   the row (the dashboard, the command line, an import, a removal or its undo, a store import),
///   since a count kept by each write path would be wrong the day one path forgets it.
/// - `waiting_day`: the same for the waiting statuses per day of submission (UTC, as stored), so
///   "overdue" (waiting, submitted at or before a cutoff) is the waiting count less the cells of
///   the days after the cutoff's day and the few proposals of that day itself: a read bounded by
///   the OPDs and `overdueDays`, not by the proposals waiting.
/// - `innovation_count`: the innovations that are not removed per OPD, stage, form and kind, kept
///   the same way (`SchemaV11+Innovations`).
/// - `audit_action_at`: the audit log by action and time, so a year's decisions are found among
///   that year's rows instead of by visiting every proposal's trail.
///
/// A later migration that rebuilds `proposal` or `removal` must create these triggers again.
enum SchemaV11 {
    /// The kept counts' table, derived from `proposal` and `removal`: never exported.
    static let countTable = "proposal_count"
    /// The kept waiting counts per day, derived like ``countTable``: never exported.
    static let dayTable = "waiting_day"

    static let statements: [String] =
        [
            """
            CREATE TABLE \(countTable) (
                agency_id INTEGER NOT NULL,
                status TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (agency_id, status)
            ) WITHOUT ROWID
            """,
            """
            CREATE TABLE \(dayTable) (
                status TEXT NOT NULL,
                day TEXT NOT NULL,
                agency_id INTEGER NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (status, day, agency_id)
            ) WITHOUT ROWID
            """,
            """
            INSERT INTO \(countTable) (agency_id, status, n)
            SELECT agency_id, status, COUNT(*) FROM proposal WHERE \(Removal.notRemoved(.proposal, "id"))
            GROUP BY agency_id, status
            """,
            """
            INSERT INTO \(dayTable) (status, day, agency_id, n)
            SELECT status, \(day("submitted_at")), agency_id, COUNT(*) FROM proposal
            WHERE \(waiting("status")) AND \(Removal.notRemoved(.proposal, "id"))
            GROUP BY status, \(day("submitted_at")), agency_id
            """,
        ] + triggers + innovationStatements + [
            "CREATE INDEX audit_action_at ON audit_log(action, at, entity, entity_id)"
        ]

    /// The day of a stored time (`YYYY-MM-DD`, UTC as stored).
    static func day(_ time: String) -> String { "substr(\(time), 1, 10)" }

    /// Whether the status `column` is one of the waiting statuses.
    static func waiting(_ column: String) -> String { SchemaV3.statusTerm(ProposalStatus.waiting, column: column) }

    /// One more proposal for each row of `source`, a SELECT of `a` (OPD), `s` (status), `t` (submitted).
    static func add(_ source: String) -> String {
        """
        INSERT INTO \(countTable) (agency_id, status, n) SELECT a, s, 1 FROM (\(source)) WHERE 1
            ON CONFLICT (agency_id, status) DO UPDATE SET n = n + 1;
        INSERT INTO \(dayTable) (status, day, agency_id, n) SELECT s, \(day("t")), a, 1 FROM (\(source))
            WHERE \(waiting("s")) ON CONFLICT (status, day, agency_id) DO UPDATE SET n = n + 1;
        """
    }

    /// One proposal fewer for each row of `source` (as in ``add(_:)``).
    static func subtract(_ source: String) -> String {
        """
        UPDATE \(countTable) SET n = n - 1 WHERE (agency_id, status) IN (SELECT a, s FROM (\(source)));
        UPDATE \(dayTable) SET n = n - 1 WHERE (status, day, agency_id) IN (SELECT s, \(day("t")), a FROM (\(source)));
        """
    }

    /// The row `NEW` or `OLD` of `proposal` as a source, when that proposal is not removed.
    static func row(_ name: String) -> String {
        """
        SELECT \(name).agency_id AS a, \(name).status AS s, \(name).submitted_at AS t
        WHERE NOT EXISTS (SELECT 1 FROM removal WHERE entity = 'proposal' AND entity_id = \(name).id)
        """
    }

    /// The proposal a `removal` row `NEW` or `OLD` names, as a source.
    static func removed(_ name: String) -> String {
        """
        SELECT agency_id AS a, status AS s, submitted_at AS t FROM proposal
        WHERE \(name).entity = 'proposal' AND id = \(name).entity_id
        """
    }

    /// The triggers on `proposal` (a row added, changed, deleted) and on `removal` (a proposal
    /// removed or restored) that keep both tables equal to a recount.
    static let triggers = [
        "CREATE TRIGGER proposal_count_insert AFTER INSERT ON proposal BEGIN \(add(row("NEW"))) END",
        "CREATE TRIGGER proposal_count_delete AFTER DELETE ON proposal BEGIN \(subtract(row("OLD"))) END",
        """
        CREATE TRIGGER proposal_count_update AFTER UPDATE OF id, agency_id, status, submitted_at ON proposal
        WHEN OLD.agency_id IS NOT NEW.agency_id OR OLD.status IS NOT NEW.status
            OR OLD.submitted_at IS NOT NEW.submitted_at OR OLD.id IS NOT NEW.id
        BEGIN \(subtract(row("OLD"))) \(add(row("NEW"))) END
        """,
        "CREATE TRIGGER proposal_count_removed AFTER INSERT ON removal BEGIN \(subtract(removed("NEW"))) END",
        "CREATE TRIGGER proposal_count_restored AFTER DELETE ON removal BEGIN \(add(removed("OLD"))) END",
        """
        CREATE TRIGGER proposal_count_removal_changed AFTER UPDATE OF entity, entity_id ON removal
        BEGIN \(add(removed("OLD"))) \(subtract(removed("NEW"))) END
        """,
    ]

    /// Refreshes the planner's statistics for the new index when the file has statistics at all.
    static func analyze(_ statement: (String) throws -> Void, hasStatistics: Bool) rethrows {
        guard hasStatistics else { return }
        try statement("ANALYZE audit_action_at")
    }
}
