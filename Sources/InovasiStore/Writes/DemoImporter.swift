import Foundation
import GRDB
import InovasiCore

/// Writes a `DemoDataSet` inside one transaction with prepared statements reused for every row,
/// so 100 000 proposals with their scores and history take seconds, not minutes.
struct DemoImporter {
    private let db: Database
    private let agency: Statement
    private let division: Statement
    private let user: Statement
    private let innovation: Statement
    private let session: Statement
    private let sessionAgency: Statement
    private let sessionInnovation: Statement
    private let sessionAttendance: Statement
    private let proposal: Statement
    private let assignment: Statement
    private let score: Statement
    private let audit: Statement
    private let stage: Statement

    init(_ db: Database) throws {
        self.db = db
        agency = try db.makeStatement(sql: AgencyRecord.insertSQL)
        division = try db.makeStatement(sql: AgencyRecord.divisionInsertSQL)
        user = try db.makeStatement(sql: UserRecord.insertSQL + " ON CONFLICT (name) DO NOTHING")
        innovation = try db.makeStatement(sql: InnovationRecord.insertSQL)
        session = try db.makeStatement(sql: SessionRecord.insertSQL)
        sessionAgency = try db.makeStatement(sql: SessionRecord.agencyLinkSQL)
        sessionInnovation = try db.makeStatement(sql: SessionRecord.innovationLinkSQL)
        sessionAttendance = try db.makeStatement(sql: SessionRecord.attendanceLinkSQL)
        proposal = try db.makeStatement(sql: ProposalRecord.insertSQL)
        assignment = try db.makeStatement(sql: ProposalRecord.assignSQL)
        score = try db.makeStatement(sql: ScoreRecord.upsertSQL)
        audit = try db.makeStatement(sql: AuditLog.insertSQL)
        stage = try db.makeStatement(sql: StageRecord.insertSQL)
    }

    /// Counts of what was written, for the summary audit row.
    struct Summary: Encodable {
        var agencies = 0
        var divisions = 0
        var users = 0
        var innovations = 0
        var sessions = 0
        var proposals = 0
        var adoptedInnovations = 0
    }

    /// Inserts everything; foreign keys are checked at commit, so the order of ids does not matter.
    func run(_ data: DemoDataSet) throws -> Summary {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        // A page cache grown with the import (up to 64 MiB) keeps what it writes in memory instead of
        // spilling pages to the -wal and reading them back.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        let kibibytes = Swift.min(65_536, Swift.max(2_048, data.proposalCount * 2 / 3))
        try db.execute(sql: "PRAGMA cache_size = -\(kibibytes)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        var summary = Summary()
        let bulkIndexes = try Self.indexes(on: Self.bulkTables, db)
        for (name, _) in bulkIndexes {
            try db.execute(sql: "DROP INDEX \(name)")
        }
        try insertReference(data, into: &summary)
        let linked = Set(data.innovations.compactMap(\.proposalID))
        for item in data.proposals() {
            try insert(item)
            summary.proposals += 1
            if item.proposal.status == .approved, !linked.contains(item.proposal.id) {
                let adopted = item.proposal.adoptedInnovation(on: item.proposal.updatedAt)
                try execute(innovation, InnovationRecord.arguments(adopted))
                try insertHistory(of: adopted)
                summary.adoptedInnovations += 1
            }
        }
        for (_, sql) in bulkIndexes {
            try db.execute(sql: sql)
        }
        return summary
    }

    /// The stage history the innovation just inserted implies (``StageChange/implied(by:)``).
    private func insertHistory(of value: Innovation) throws {
        var saved = value
        if saved.id == 0 { saved.id = db.lastInsertedRowID }
        for change in StageChange.implied(by: saved) {
            try execute(stage, StageRecord.arguments(change))
        }
    }

    /// Executes a prepared statement; the argument count is fixed by our own SQL, so GRDB's
    /// per-row check of it is skipped.
    private func execute(_ statement: Statement, _ arguments: StatementArguments) throws {
        statement.setUncheckedArguments(arguments)
        try statement.execute()
    }

    /// Tables whose indexes are built once after the rows are in, which is faster than keeping
    /// them up to date row by row.
    private static let bulkTables = ["proposal", "audit_log", "review_score", "assignment"]

    /// Name and `CREATE INDEX` text of every index made by a migration on `tables` (the file's own
    /// record, so indexes of every schema version are included; automatic ones have no text).
    private static func indexes(on tables: [String], _ db: Database) throws -> [(String, String)] {
        let marks = Array(repeating: "?", count: tables.count).joined(separator: ", ")
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                + "AND tbl_name IN (\(marks)) ORDER BY name", arguments: StatementArguments(tables))
        return try rows.map { (try $0.value("name"), try $0.value("sql")) }
    }

    private func insertReference(_ data: DemoDataSet, into summary: inout Summary) throws {
        for value in data.agencies {
            try validated(value.validate)
            try execute(agency, AgencyRecord.arguments(value))
        }
        for value in data.divisions {
            try execute(division, AgencyRecord.arguments(value))
        }
        for value in data.users {
            try Store.validateUserName(value.name)
            try execute(user, UserRecord.arguments(value))
        }
        let steps = Dictionary(grouping: data.stageHistory, by: \.innovationID)
        for value in data.innovations {
            try validated(value.validate)
            try execute(innovation, InnovationRecord.arguments(value))
            if let dated = steps[value.id] {
                for change in dated { try execute(stage, StageRecord.arguments(change)) }
            } else {
                try insertHistory(of: value)
            }
        }
        for (index, value) in data.sessions.enumerated() {
            try validated(value.validate)
            try execute(session, SessionRecord.arguments(value, uid: "demo-session-\(index + 1)@inovasi"))
            let id = value.id == 0 ? db.lastInsertedRowID : value.id
            for agencyID in value.agencyIDs { try execute(sessionAgency, [id, agencyID]) }
            for innovationID in value.innovationIDs { try execute(sessionInnovation, [id, innovationID]) }
            for agencyID in value.attendedAgencyIDs { try execute(sessionAttendance, [id, agencyID]) }
        }
        summary.agencies = data.agencies.count
        summary.divisions = data.divisions.count
        summary.users = data.users.count
        summary.innovations = data.innovations.count
        summary.sessions = data.sessions.count
    }

    /// Proposals are not run through `Proposal.validate()` here: its Foundation trimming would cost
    /// more than the whole insert at 100 000 rows. The generator's own tests validate what it makes,
    /// and the file's NOT NULL and CHECK constraints still refuse anything that would damage it.
    private func insert(_ item: DemoProposal) throws {
        try execute(proposal, ProposalRecord.arguments(item.proposal))
        let id = item.proposal.id == 0 ? db.lastInsertedRowID : item.proposal.id
        if let assignee = item.assignee {
            try execute(assignment, [id, assignee, StoredTime.text(item.proposal.updatedAt)])
        }
        for value in item.scores {
            try validated(value.validate)
            try execute(score, ScoreRecord.arguments(value))
        }
        for entry in item.history {
            try execute(audit, AuditLog.arguments(entry))
        }
    }
}
