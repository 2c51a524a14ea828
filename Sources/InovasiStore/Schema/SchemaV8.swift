import GRDB
import InovasiCore

/// What schema version 8 adds: mentoring sessions kept and edited as a planning tool (issue 11).
///
/// - `uid`: the session's identity in calendars (RFC 5545 `UID`), generated once when the session is
///   added and never changed by an edit; existing rows get a random one. UNIQUE through an index,
///   since SQLite cannot add a UNIQUE column.
/// - `sequence`: 0 when added, one more with each edit (RFC 5545 `SEQUENCE`).
/// - `meeting_link`, `lab_stage` (optional), `follow_up`, `updated_at` (NULL until edited).
/// - `session_attendance`: the OPDs that attended a session marked done.
enum SchemaV8 {
    static let statements = [
        "ALTER TABLE mentoring_session ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE mentoring_session ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0)",
        "ALTER TABLE mentoring_session ADD COLUMN meeting_link TEXT NOT NULL DEFAULT ''",
        """
        ALTER TABLE mentoring_session ADD COLUMN lab_stage TEXT
            CHECK (lab_stage IS NULL OR lab_stage IN (\(StoreSchema.sqlList(LabStage.self))))
        """,
        "ALTER TABLE mentoring_session ADD COLUMN follow_up TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE mentoring_session ADD COLUMN updated_at TEXT",
        "UPDATE mentoring_session SET uid = \(newUID) WHERE uid = ''",
        "CREATE UNIQUE INDEX session_uid ON mentoring_session(uid)",
        """
        CREATE TABLE session_attendance (
            session_id INTEGER NOT NULL REFERENCES mentoring_session(id),
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            PRIMARY KEY (session_id, agency_id)
        ) WITHOUT ROWID
        """,
    ]

    /// SQL giving a fresh random uid shaped like a UUID, `…@inovasi`.
    static let newUID = """
        lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' ||
        hex(randomblob(2)) || '-' || hex(randomblob(6))) || '@inovasi'
        """
}
