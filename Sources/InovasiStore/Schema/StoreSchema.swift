import GRDB
import InovasiCore

/// The file format: migrations, the application id that marks the file, and its schema version.
enum StoreSchema {
    /// `PRAGMA application_id` of an inovasi store: "INOV" in ASCII.
    static let applicationID: Int32 = 0x494E_4F56
    /// The value of the `meta` row `app`, a second marker readable with any SQLite tool.
    static let appName = "inovasi"
    /// The schema version this build writes; stored in `PRAGMA user_version` and the `meta` row.
    static let version = 10

    /// All migrations, oldest first; each runs in its own transaction and ends by stamping the version.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            for statement in SchemaV1.statements {
                try db.execute(sql: statement)
            }
            try stamp(db, version: 1)
        }
        migrator.registerMigration("v2") { db in
            for statement in SchemaV2.statements {
                try db.execute(sql: statement)
            }
            try SchemaV2.analyze({ try db.execute(sql: $0) }, hasStatistics: try db.tableExists("sqlite_stat1"))
            try stamp(db, version: 2)
        }
        migrator.registerMigration("v3") { db in
            for statement in SchemaV3.statements {
                try db.execute(sql: statement)
            }
            try SchemaV3.analyze({ try db.execute(sql: $0) }, hasStatistics: try db.tableExists("sqlite_stat1"))
            try stamp(db, version: 3)
        }
        migrator.registerMigration("v4") { db in
            for statement in SchemaV4.statements {
                try db.execute(sql: statement)
            }
            try stamp(db, version: 4)
        }
        migrator.registerMigration("v5") { db in
            try SchemaV5.migrate(db)
            try stamp(db, version: 5)
        }
        migrator.registerMigration("v6") { db in
            try SchemaV6.migrate(db)
            try stamp(db, version: 6)
        }
        migrator.registerMigration("v7") { db in
            for statement in SchemaV7.statements {
                try db.execute(sql: statement)
            }
            try stamp(db, version: 7)
        }
        migrator.registerMigration("v8") { db in
            for statement in SchemaV8.statements {
                try db.execute(sql: statement)
            }
            try stamp(db, version: 8)
        }
        migrator.registerMigration("v9") { db in
            for statement in SchemaV9.statements {
                try db.execute(sql: statement)
            }
            try stamp(db, version: 9)
        }
        migrator.registerMigration("v10") { db in
            for statement in SchemaV10.statements {
                try db.execute(sql: statement)
            }
            try stamp(db, version: 10)
        }
        return migrator
    }

    /// Records `version` in the header and in `meta`, inside the migration's transaction.
    private static func stamp(_ db: Database, version: Int) throws {
        try db.execute(sql: "PRAGMA user_version = \(version)")
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES ('app', ?), ('schema_version', ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [appName, String(version)])
    }

    /// SQL list of the raw values of an enum, for CHECK constraints.
    static func sqlList<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String where T.RawValue == String {
        type.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }
}
