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
    private let proposal: Statement
    private let assignment: Statement
    private let score: Statement
    private let audit: Statement

    init(_ db: Database) throws {
        self.db = db
        agency = try db.makeStatement(sql: AgencyRecord.insertSQL)
        division = try db.makeStatement(sql: AgencyRecord.divisionInsertSQL)
        user = try db.makeStatement(sql: UserRecord.insertSQL + " ON CONFLICT (name) DO NOTHING")
        innovation = try db.makeStatement(sql: InnovationRecord.insertSQL)
        session = try db.makeStatement(sql: SessionRecord.insertSQL)
        sessionAgency = try db.makeStatement(sql: SessionRecord.agencyLinkSQL)
        sessionInnovation = try db.makeStatement(sql: SessionRecord.innovationLinkSQL)
        proposal = try db.makeStatement(sql: ProposalRecord.insertSQL)
        assignment = try db.makeStatement(sql: ProposalRecord.assignSQL)
        score = try db.makeStatement(sql: ScoreRecord.upsertSQL)
        audit = try db.makeStatement(sql: AuditLog.insertSQL)
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
        var summary = Summary()
        try insertReference(data, into: &summary)
        let linked = Set(data.innovations.compactMap(\.proposalID))
        for item in data.proposals() {
            try insert(item)
            summary.proposals += 1
            if item.proposal.status == .approved, !linked.contains(item.proposal.id) {
                let adopted = item.proposal.adoptedInnovation(on: item.proposal.updatedAt)
                try innovation.execute(arguments: InnovationRecord.arguments(adopted))
                summary.adoptedInnovations += 1
            }
        }
        return summary
    }

    private func insertReference(_ data: DemoDataSet, into summary: inout Summary) throws {
        for value in data.agencies {
            try validated(value.validate)
            try agency.execute(arguments: AgencyRecord.arguments(value))
        }
        for value in data.divisions {
            try division.execute(arguments: AgencyRecord.arguments(value))
        }
        for value in data.users {
            try Store.validateUserName(value.name)
            try user.execute(arguments: UserRecord.arguments(value))
        }
        for value in data.innovations {
            try validated(value.validate)
            try innovation.execute(arguments: InnovationRecord.arguments(value))
        }
        for value in data.sessions {
            try validated(value.validate)
            try session.execute(arguments: SessionRecord.arguments(value))
            let id = value.id == 0 ? db.lastInsertedRowID : value.id
            for agencyID in value.agencyIDs { try sessionAgency.execute(arguments: [id, agencyID]) }
            for innovationID in value.innovationIDs { try sessionInnovation.execute(arguments: [id, innovationID]) }
        }
        summary.agencies = data.agencies.count
        summary.divisions = data.divisions.count
        summary.users = data.users.count
        summary.innovations = data.innovations.count
        summary.sessions = data.sessions.count
    }

    private func insert(_ item: DemoProposal) throws {
        try validated(item.proposal.validate)
        try proposal.execute(arguments: ProposalRecord.arguments(item.proposal))
        let id = item.proposal.id == 0 ? db.lastInsertedRowID : item.proposal.id
        if let assignee = item.assignee {
            try assignment.execute(arguments: [id, assignee, StoredTime.text(item.proposal.updatedAt)])
        }
        for value in item.scores {
            try validated(value.validate)
            try score.execute(arguments: ScoreRecord.arguments(value))
        }
        for entry in item.history {
            try audit.execute(arguments: AuditLog.arguments(entry))
        }
    }
}
