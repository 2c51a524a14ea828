import GRDB
import InovasiCore

/// What schema version 6 adds: the operator role and review rounds.
///
/// - `user` accepts the role `operator`, and an operator must name its OPD (`agency_id`). SQLite
///   cannot change a CHECK, so the table is rebuilt the way GRDB documents: a new table, the rows
///   copied, the old one dropped, the new one renamed; the migration runs with deferred foreign
///   key checks, so the tables that refer to `user(name)` keep pointing at it.
/// - `proposal.round`: the review round (1, then one more with each resubmission). The row
///   `version` stays what it was, the optimistic-concurrency counter that every change bumps.
///   An existing proposal's round is 1 plus the resubmissions its audit log records.
/// - `review_score` gains `round` in its key, so a resubmitted proposal keeps its earlier rounds'
///   scores. An existing score belongs to the round in force when it was given.
enum SchemaV6 {
    static let user = """
        CREATE TABLE user_v6 (
            name TEXT PRIMARY KEY NOT NULL,
            role TEXT NOT NULL CHECK (role IN (\(StoreSchema.sqlList(Role.self)))),
            agency_id INTEGER REFERENCES agency(id),
            display_name TEXT NOT NULL DEFAULT '',
            CHECK (role <> 'operator' OR agency_id IS NOT NULL)
        )
        """

    static let reviewScore = """
        CREATE TABLE review_score_v6 (
            proposal_id INTEGER NOT NULL REFERENCES proposal(id),
            round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
            reviewer TEXT NOT NULL REFERENCES user(name),
            renewal INTEGER NOT NULL CHECK (renewal BETWEEN 1 AND 5),
            benefit INTEGER NOT NULL CHECK (benefit BETWEEN 1 AND 5),
            no_undue_burden INTEGER NOT NULL CHECK (no_undue_burden BETWEEN 1 AND 5),
            within_authority INTEGER NOT NULL CHECK (within_authority BETWEEN 1 AND 5),
            replicable INTEGER NOT NULL CHECK (replicable BETWEEN 1 AND 5),
            criterion_notes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            scored_at TEXT NOT NULL,
            PRIMARY KEY (proposal_id, round, reviewer)
        ) WITHOUT ROWID
        """

    /// The round of each existing proposal: 1 plus its recorded resubmissions.
    static let rounds = """
        UPDATE proposal SET round = 1 + (
            SELECT COUNT(*) FROM audit_log
            WHERE entity = 'proposal' AND entity_id = proposal.id AND action = 'proposal.resubmit')
        WHERE EXISTS (
            SELECT 1 FROM audit_log
            WHERE entity = 'proposal' AND entity_id = proposal.id AND action = 'proposal.resubmit')
        """

    /// Each score in the round in force when it was given (times are fixed-width UTC text).
    static let copyScores = """
        INSERT INTO review_score_v6 (proposal_id, round, reviewer, renewal, benefit, no_undue_burden,
            within_authority, replicable, criterion_notes, note, scored_at)
        SELECT s.proposal_id, 1 + (
                SELECT COUNT(*) FROM audit_log
                WHERE entity = 'proposal' AND entity_id = s.proposal_id AND action = 'proposal.resubmit'
                AND at <= s.scored_at),
            s.reviewer, s.renewal, s.benefit, s.no_undue_burden, s.within_authority, s.replicable,
            s.criterion_notes, s.note, s.scored_at
        FROM review_score s
        """

    /// The indexes of the two rebuilt tables (dropped with the old ones), `review_score_values`
    /// now keyed by round too, so the queue's mean of the current round stays on an index.
    static let indexes = [
        "CREATE INDEX user_agency ON user(agency_id)",
        "CREATE INDEX review_score_reviewer ON review_score(reviewer)",
        """
        CREATE INDEX review_score_values
        ON review_score(proposal_id, round, renewal, benefit, no_undue_burden, within_authority, replicable)
        """,
    ]

    static var statements: [String] {
        [
            "ALTER TABLE proposal ADD COLUMN round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1)",
            rounds,
            user,
            "INSERT INTO user_v6 (name, role, agency_id, display_name) "
                + "SELECT name, role, agency_id, display_name FROM user",
            "DROP TABLE user",
            "ALTER TABLE user_v6 RENAME TO user",
            reviewScore,
            copyScores,
            "DROP TABLE review_score",
            "ALTER TABLE review_score_v6 RENAME TO review_score",
        ] + indexes
    }

    /// Runs the whole migration inside its transaction.
    static func migrate(_ db: Database) throws {
        for statement in statements { try db.execute(sql: statement) }
        if try db.tableExists("sqlite_stat1") {
            try db.execute(sql: "ANALYZE review_score")
        }
    }
}
