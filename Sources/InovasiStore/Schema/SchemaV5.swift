import Foundation
import GRDB
import InovasiCore

/// What schema version 5 adds: innovations as the office keeps them.
///
/// - The IID profile on `innovation`: rancang bangun, tujuan, manfaat, hasil, anggaran, urusan
///   beririsan (a JSON list), penetapan, and when and why it was stopped.
/// - `innovation_stage`, the dated stage history, so "reached penerapan in 2026" is a query;
///   filled in for every existing innovation from its start, stage and last change.
/// - At most one main innovation per OPD (no bidang) and per bidang (Instruksi Wali Kota Cilegon
///   1/2022), held by two partial unique indexes; an older file with two is cut to its first,
///   with an audit row for each flag cleared.
enum SchemaV5 {
    /// Who the audit log names for what the migration itself changes.
    static let migrationUser = "inovasi"

    static let columns = [
        "ALTER TABLE innovation ADD COLUMN design TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE innovation ADD COLUMN goal TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE innovation ADD COLUMN benefit TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE innovation ADD COLUMN result TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE innovation ADD COLUMN budget INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0)",
        "ALTER TABLE innovation ADD COLUMN shared_affairs TEXT NOT NULL DEFAULT '[]'",
        """
        ALTER TABLE innovation ADD COLUMN enactment_kind TEXT
        CHECK (enactment_kind IN (\(StoreSchema.sqlList(EnactmentKind.self))))
        """,
        "ALTER TABLE innovation ADD COLUMN enactment_number TEXT",
        "ALTER TABLE innovation ADD COLUMN enactment_on TEXT",
        "ALTER TABLE innovation ADD COLUMN stopped_on TEXT",
        "ALTER TABLE innovation ADD COLUMN stop_reason TEXT NOT NULL DEFAULT ''",
    ]

    static let history = [
        """
        CREATE TABLE innovation_stage (
            id INTEGER PRIMARY KEY,
            innovation_id INTEGER NOT NULL REFERENCES innovation(id),
            stage TEXT NOT NULL CHECK (stage IN (\(StoreSchema.sqlList(Stage.self)))),
            changed_on TEXT NOT NULL,
            changed_by TEXT,
            note TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX innovation_stage_innovation ON innovation_stage(innovation_id, id)",
        "CREATE INDEX innovation_stage_reached ON innovation_stage(stage, changed_on, innovation_id)",
    ]

    static let mainIndexes = [
        """
        CREATE UNIQUE INDEX innovation_main_agency ON innovation(agency_id)
        WHERE is_main = 1 AND division_id IS NULL
        """,
        """
        CREATE UNIQUE INDEX innovation_main_division ON innovation(division_id)
        WHERE is_main = 1 AND division_id IS NOT NULL
        """,
    ]

    /// Runs the whole migration inside its transaction.
    static func migrate(_ db: Database, now: Date = Date()) throws {
        for statement in columns + history { try db.execute(sql: statement) }
        try clearExtraMains(db, now: now)
        for statement in mainIndexes { try db.execute(sql: statement) }
        let innovations = try Row.fetchAll(db, sql: InnovationRecord.select + " ORDER BY id")
            .map(InnovationRecord.decode)
        let insert = try db.makeStatement(sql: StageRecord.insertSQL)
        for innovation in innovations {
            for change in StageChange.implied(by: innovation) {
                try insert.execute(arguments: StageRecord.arguments(change))
            }
        }
    }

    /// Clears the main flag of every innovation but the first (lowest id) of its OPD or bidang.
    private static func clearExtraMains(_ db: Database, now: Date) throws {
        let extra = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM innovation i WHERE is_main = 1 AND EXISTS (
                    SELECT 1 FROM innovation o WHERE o.is_main = 1 AND o.id < i.id AND o.agency_id = i.agency_id
                    AND o.division_id IS i.division_id)
                ORDER BY id
                """)
        for id in extra {
            try db.execute(sql: "UPDATE innovation SET is_main = 0 WHERE id = ?", arguments: [id])
            try AuditLog.append(
                db, at: now, user: migrationUser, action: StoreAction.innovationUnsetMain, entity: "innovation",
                entityID: id, before: #"{"isMain":true}"#, after: #"{"isMain":false}"#,
                note: "schema v5: one main innovation per OPD and per bidang")
        }
    }
}
