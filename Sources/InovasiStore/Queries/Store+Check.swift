import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Integrity: PRAGMA integrity_check, foreign_key_check, the two schema version marks, and the
    /// domain's invariants; empty = fine.
    ///
    /// The invariants are checked even where the schema has a CHECK constraint, since another tool
    /// may have written the file with constraints switched off.
    public func check() throws(StoreError) -> [IntegrityProblem] {
        try read { db in
            var problems = try Self.sqliteProblems(db)
            problems += try SchemaMarks.problems(db)
            for invariant in Invariant.all + Invariant.removal + Invariant.iid {
                for row in try Row.fetchAll(db, sql: invariant.sql) {
                    problems.append(IntegrityProblem(kind: invariant.kind, detail: try invariant.detail(row)))
                }
            }
            return problems
        }
    }

    private static func sqliteProblems(_ db: Database) throws -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
            problems.append(IntegrityProblem(kind: "integrity", detail: line))
        }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            let table: String = try row.decode(atIndex: 0)
            let rowID: Int64? = try row.decode(atIndex: 1)
            let parent: String = try row.decode(atIndex: 2)
            let detail = "\(table) \(rowID.map(String.init) ?? "?") → \(parent)"
            problems.append(IntegrityProblem(kind: "foreignKey", detail: detail))
        }
        return problems
    }
}

/// A domain rule as a query returning one row per offending row, with `id` and `value` columns.
struct Invariant {
    var kind: String
    var sql: String
    var table: String

    func detail(_ row: Row) throws -> String {
        let id: String = try row.value("id")
        let value: String? = try row.value("value")
        return "\(table) \(id): \(value ?? "NULL")"
    }

    static let all: [Invariant] = [
        Invariant(
            kind: "status",
            sql: "SELECT CAST(id AS TEXT) AS id, status AS value FROM proposal "
                + "WHERE status NOT IN (\(StoreSchema.sqlList(ProposalStatus.self)))",
            table: "proposal"),
        Invariant(
            kind: "approvedWithoutInnovation",
            sql: "SELECT CAST(p.id AS TEXT) AS id, p.title AS value FROM proposal p WHERE p.status = 'approved' "
                + "AND NOT EXISTS (SELECT 1 FROM innovation i WHERE i.proposal_id = p.id)",
            table: "proposal"),
        Invariant(
            kind: "agencyParent",
            sql: "SELECT CAST(a.id AS TEXT) AS id, a.code AS value "
                + "FROM agency a LEFT JOIN agency k ON k.id = a.parent_id "
                + "WHERE (a.kind = 'kelurahan' AND (k.id IS NULL OR k.kind IS NOT 'kecamatan')) "
                + "OR (a.kind IS NOT 'kelurahan' AND a.parent_id IS NOT NULL)",
            table: "agency"),
        Invariant(
            kind: "scoreRange",
            sql: "SELECT CAST(proposal_id AS TEXT) || ' ' || reviewer AS id, "
                + "printf('%s %s %s %s %s', renewal, benefit, no_undue_burden, within_authority, replicable) AS value "
                + "FROM review_score WHERE "
                + ReviewCriterion.allCases.map { "NOT (\(ScoreRecord.column($0)) BETWEEN 1 AND 5)" }
                .joined(separator: " OR "),
            table: "review_score"),
        Invariant(
            kind: "version",
            sql: "SELECT CAST(id AS TEXT) AS id, CAST(version AS TEXT) AS value FROM proposal "
                + "WHERE version IS NULL OR version < 1",
            table: "proposal"),
        Invariant(
            kind: "role",
            sql: "SELECT name AS id, role AS value FROM user WHERE role NOT IN (\(StoreSchema.sqlList(Role.self)))",
            table: "user"),
        Invariant(
            kind: "stageHistory",
            sql: "SELECT CAST(i.id AS TEXT) AS id, i.stage || ' / ' || COALESCE(\(lastStep), 'none') AS value "
                + "FROM innovation i WHERE i.stage IS NOT \(lastStep)",
            table: "innovation"),
    ]

    /// The stage of an innovation's last history step (schema 5), as a subquery on `i`.
    private static let lastStep =
        "(SELECT s.stage FROM innovation_stage s WHERE s.innovation_id = i.id ORDER BY s.id DESC LIMIT 1)"
}
