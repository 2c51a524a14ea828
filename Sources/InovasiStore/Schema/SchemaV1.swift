import InovasiCore

/// Tables, indexes and triggers of schema version 1.
///
/// Times are UTC text (see `StoredTime`); enums are their raw values; money is INTEGER rupiah.
enum SchemaV1 {
    static var statements: [String] {
        [
            meta, agency, division, user, innovation, proposal, assignment, reviewScore, session, sessionAgency,
            sessionInnovation, auditLog,
        ] + auditTriggers + indexes
    }

    static let meta = """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)
        """

    static let agency = """
        CREATE TABLE agency (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN (\(StoreSchema.sqlList(AgencyKind.self)))),
            parent_id INTEGER REFERENCES agency(id)
        )
        """

    static let division = """
        CREATE TABLE division (
            id INTEGER PRIMARY KEY,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            name TEXT NOT NULL
        )
        """

    static let user = """
        CREATE TABLE user (
            name TEXT PRIMARY KEY NOT NULL,
            role TEXT NOT NULL CHECK (role IN (\(StoreSchema.sqlList(Role.self)))),
            agency_id INTEGER REFERENCES agency(id),
            display_name TEXT NOT NULL DEFAULT ''
        )
        """

    static let innovation = """
        CREATE TABLE innovation (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            division_id INTEGER REFERENCES division(id),
            form TEXT NOT NULL CHECK (form IN (\(StoreSchema.sqlList(InnovationForm.self)))),
            kind TEXT NOT NULL CHECK (kind IN (\(StoreSchema.sqlList(InnovationKind.self)))),
            stage TEXT NOT NULL CHECK (stage IN (\(StoreSchema.sqlList(Stage.self)))),
            initiator_kind TEXT NOT NULL CHECK (initiator_kind IN (\(StoreSchema.sqlList(InitiatorKind.self)))),
            initiator_name TEXT NOT NULL,
            affair TEXT NOT NULL,
            is_main INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
            summary TEXT NOT NULL DEFAULT '',
            started_on TEXT NOT NULL,
            stage_changed_on TEXT NOT NULL,
            proposal_id INTEGER UNIQUE REFERENCES proposal(id)
        )
        """

    static let proposal = """
        CREATE TABLE proposal (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            division_id INTEGER REFERENCES division(id),
            proposer_name TEXT,
            proposer_contact TEXT,
            initiator_kind TEXT NOT NULL CHECK (initiator_kind IN (\(StoreSchema.sqlList(InitiatorKind.self)))),
            initiator_name TEXT NOT NULL,
            form TEXT NOT NULL CHECK (form IN (\(StoreSchema.sqlList(InnovationForm.self)))),
            kind TEXT NOT NULL CHECK (kind IN (\(StoreSchema.sqlList(InnovationKind.self)))),
            affair TEXT NOT NULL,
            design TEXT NOT NULL,
            goal TEXT NOT NULL,
            benefit TEXT NOT NULL,
            expected_result TEXT NOT NULL,
            budget INTEGER NOT NULL CHECK (budget >= 0),
            planned_trial_on TEXT,
            planned_implementation_on TEXT,
            submitted_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN (\(StoreSchema.sqlList(ProposalStatus.self)))),
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            updated_at TEXT NOT NULL
        )
        """

    /// The reviewer currently holding a proposal (set by `take`, cleared by `release`/`resubmit`).
    static let assignment = """
        CREATE TABLE assignment (
            proposal_id INTEGER PRIMARY KEY REFERENCES proposal(id),
            reviewer TEXT NOT NULL REFERENCES user(name),
            assigned_at TEXT NOT NULL
        )
        """

    static let reviewScore = """
        CREATE TABLE review_score (
            proposal_id INTEGER NOT NULL REFERENCES proposal(id),
            reviewer TEXT NOT NULL REFERENCES user(name),
            renewal INTEGER NOT NULL CHECK (renewal BETWEEN 1 AND 5),
            benefit INTEGER NOT NULL CHECK (benefit BETWEEN 1 AND 5),
            no_undue_burden INTEGER NOT NULL CHECK (no_undue_burden BETWEEN 1 AND 5),
            within_authority INTEGER NOT NULL CHECK (within_authority BETWEEN 1 AND 5),
            replicable INTEGER NOT NULL CHECK (replicable BETWEEN 1 AND 5),
            criterion_notes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            scored_at TEXT NOT NULL,
            PRIMARY KEY (proposal_id, reviewer)
        ) WITHOUT ROWID
        """

    static let session = """
        CREATE TABLE mentoring_session (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            location TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN (\(StoreSchema.sqlList(SessionMode.self)))),
            speaker_name TEXT NOT NULL,
            speaker_institution TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN (\(StoreSchema.sqlList(SessionStatus.self)))),
            notes TEXT NOT NULL DEFAULT ''
        )
        """

    static let sessionAgency = """
        CREATE TABLE session_agency (
            session_id INTEGER NOT NULL REFERENCES mentoring_session(id),
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            PRIMARY KEY (session_id, agency_id)
        ) WITHOUT ROWID
        """

    static let sessionInnovation = """
        CREATE TABLE session_innovation (
            session_id INTEGER NOT NULL REFERENCES mentoring_session(id),
            innovation_id INTEGER NOT NULL REFERENCES innovation(id),
            PRIMARY KEY (session_id, innovation_id)
        ) WITHOUT ROWID
        """

    static let auditLog = """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            before TEXT,
            after TEXT,
            note TEXT NOT NULL DEFAULT ''
        )
        """

    /// The audit log is append-only: the file itself refuses updates and deletes.
    static let auditTriggers = [
        """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
        """,
        """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
        """,
    ]

    /// Indexes for the aggregates and pages the dashboard asks for at 100 000 proposals.
    static let indexes = [
        "CREATE INDEX agency_parent ON agency(parent_id)",
        "CREATE INDEX division_agency ON division(agency_id)",
        "CREATE INDEX user_agency ON user(agency_id)",
        "CREATE INDEX innovation_agency_stage ON innovation(agency_id, stage, form, kind)",
        "CREATE INDEX innovation_division_main ON innovation(division_id, is_main)",
        "CREATE INDEX innovation_agency_main ON innovation(agency_id, is_main, division_id)",
        "CREATE INDEX proposal_agency_status ON proposal(agency_id, status, submitted_at)",
        "CREATE INDEX proposal_status_submitted ON proposal(status, submitted_at, agency_id)",
        "CREATE INDEX proposal_submitted ON proposal(submitted_at, id)",
        "CREATE INDEX proposal_division ON proposal(division_id)",
        "CREATE INDEX assignment_reviewer ON assignment(reviewer)",
        "CREATE INDEX review_score_reviewer ON review_score(reviewer)",
        "CREATE INDEX session_starts ON mentoring_session(starts_at)",
        "CREATE INDEX session_agency_agency ON session_agency(agency_id, session_id)",
        "CREATE INDEX session_innovation_innovation ON session_innovation(innovation_id, session_id)",
        "CREATE INDEX audit_entity ON audit_log(entity, entity_id, id)",
    ]
}
