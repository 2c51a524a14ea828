import GRDB

/// The two places a store records its schema version: the header's `user_version` (read before
/// SQLite opens the file) and the `meta` row `schema_version` (readable with any SQLite tool).
///
/// Every migration stamps both in one transaction, so they can only disagree when another tool
/// (or a newer build that failed halfway) changed one of them: `open` then refuses the file and
/// `check` names the two values.
enum SchemaMarks {
    /// The `meta` row `schema_version`; nil when the table or the row is missing.
    static func metaVersion(_ db: Database) throws -> String? {
        guard try db.tableExists("meta") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
    }

    /// One `schemaVersion` problem when the marks disagree; none when they agree.
    static func problems(_ db: Database) throws -> [IntegrityProblem] {
        let header = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let meta = try metaVersion(db)
        guard meta != String(header) else { return [] }
        return [problem(header: header, meta: meta)]
    }

    /// The problem line `check` prints for disagreeing marks.
    static func problem(header: Int, meta: String?) -> IntegrityProblem {
        IntegrityProblem(
            kind: "schemaVersion", detail: "user_version \(header), meta.schema_version \(meta ?? "NULL")")
    }
}

extension StoreSchema {
    /// Refuses a file whose markers are not those of an inovasi store this build can open: another
    /// application id, a newer `user_version`, no `meta` row `app`, or disagreeing version marks.
    static func checkMarks(
        path: String, applicationID: Int32, version: Int, app: String?, metaVersion: String?
    ) throws(StoreError) {
        guard applicationID == StoreSchema.applicationID else {
            throw .notAnInovasiStore(path: path, detail: FileProblem.foreignApplication.detail())
        }
        if version > StoreSchema.version {
            throw .newerSchema(path: path, found: version, supported: StoreSchema.version)
        }
        guard app == StoreSchema.appName else {
            throw .notAnInovasiStore(path: path, detail: FileProblem.missingMeta.detail())
        }
        guard metaVersion == String(version) else {
            throw .schemaMismatch(path: path, header: version, meta: metaVersion ?? "", supported: StoreSchema.version)
        }
    }
}

extension Store {
    /// The `check` problem for disagreeing version marks, for a caller that got `.schemaMismatch`
    /// from ``open(at:mode:busyTimeout:)`` and still reports it as a problem of the file.
    public static func schemaMarkProblem(header: Int, meta: String?) -> IntegrityProblem {
        SchemaMarks.problem(header: header, meta: meta)
    }
}
