import Foundation
import GRDB
import InovasiCore

/// The reads of the counts the store keeps as it writes (``SchemaV11``): per OPD and status, and
/// overdue as "waiting, less what was submitted after the cutoff".
///
/// Overdue is never counted by visiting the overdue proposals, which pile up with the history:
/// the waiting cells of the days after the cutoff's day are at most one per OPD, status and day,
/// and only the cutoff's own day is read proposal by proposal. Each waiting status is its own
/// equality before the range on time, never an `IN`, so SQLite 3.40's `SeekScan` fault
/// (``QueueQuery/overdueTerm(_:)``) cannot skip a bound.
enum KeptCounts {
    /// Proposals that are not removed, per OPD and status; a pair with none may be missing or 0.
    static func byAgencyStatus(_ db: Database) throws -> [(agencyID: Int64, status: ProposalStatus, count: Int)] {
        let sql = "SELECT agency_id, status, n FROM \(SchemaV11.countTable) WHERE n <> 0"
        return try Row.fetchAll(db, sql: sql).map { row in
            (try row.value("agency_id"), try row.enumValue("status", table: "proposal"), try row.value("n"))
        }
    }

    /// Innovations that are not removed, per OPD, stage, form and kind; a group with none may be
    /// missing or 0.
    static func innovationsByAgency(_ db: Database) throws -> [(
        agencyID: Int64, stage: Stage, form: InnovationForm, kind: InnovationKind, count: Int
    )] {
        let sql = "SELECT agency_id, stage, form, kind, n FROM \(SchemaV11.innovationTable) WHERE n <> 0"
        return try Row.fetchAll(db, sql: sql).map { row in
            (
                try row.value("agency_id"), try row.enumValue("stage", table: "innovation"),
                try row.enumValue("form", table: "innovation"), try row.enumValue("kind", table: "innovation"),
                try row.value("n")
            )
        }
    }

    /// How many proposals in `statuses` (of one OPD when `agencyID` is set) are not removed.
    static func total(_ statuses: [ProposalStatus], agencyID: Int64?, _ db: Database) throws -> Int {
        guard !statuses.isEmpty else { return 0 }
        var sql =
            "SELECT COALESCE(SUM(n), 0) FROM \(SchemaV11.countTable) WHERE "
            + SchemaV3.statusTerm(statuses, column: "status")
        var arguments: StatementArguments = []
        if let agencyID {
            sql += " AND agency_id = ?"
            arguments += [agencyID]
        }
        return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }

    /// Proposals in the waiting `statuses` submitted after `cutoff` (stored text) and not removed,
    /// per OPD: what separates the waiting count from the overdue one. The days after the cutoff's
    /// day come from the kept cells, that day itself from the proposals submitted on it.
    static func waitingAfter(
        _ cutoff: String, statuses: [ProposalStatus] = ProposalStatus.waiting, agencyID: Int64? = nil,
        _ db: Database
    ) throws -> [Int64: Int] {
        let cutoffDay = String(cutoff.prefix(10))
        var recent: [Int64: Int] = [:]
        for status in statuses where status.isWaiting {
            let agency = agencyID == nil ? "" : " AND agency_id = ?"
            let cells = """
                SELECT agency_id, SUM(n) AS n FROM \(SchemaV11.dayTable)
                WHERE status = '\(status.rawValue)' AND day > ?\(agency) GROUP BY agency_id
                """
            // The cutoff's own day: every stored time of that day sorts before "YYYY-MM-DD~".
            let sameDay = """
                SELECT agency_id, COUNT(*) AS n FROM proposal
                WHERE status = '\(status.rawValue)' AND submitted_at > ? AND submitted_at < ?\(agency)
                AND \(Removal.notRemoved(.proposal, "id")) GROUP BY agency_id
                """
            var cellArguments: StatementArguments = [cutoffDay]
            var dayArguments: StatementArguments = [cutoff, cutoffDay + "~"]
            if let agencyID {
                cellArguments += [agencyID]
                dayArguments += [agencyID]
            }
            for (sql, arguments) in [(cells, cellArguments), (sameDay, dayArguments)] {
                for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                    recent[try row.value("agency_id"), default: 0] += try row.value("n") as Int
                }
            }
        }
        return recent
    }

    /// The count of `filter` from the kept counts, or nil when the filter narrows by anything they
    /// do not keep (text, bentuk, jenis, reviewer): those are counted row by row (``QueueQuery``).
    static func queueCount(_ filter: Store.QueueFilter, overdueCutoff: String, _ db: Database) throws -> Int? {
        let allForms = Set(InnovationForm.allCases)
        let allKinds = Set(InnovationKind.allCases)
        let text = filter.text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard text.isEmpty, filter.assignee == .anyone, filter.forms.isEmpty || filter.forms == allForms,
            filter.kinds.isEmpty || filter.kinds == allKinds
        else { return nil }
        var statuses = ProposalStatus.allCases.filter(filter.statuses.contains)
        guard filter.overdueOnly else { return try total(statuses, agencyID: filter.agencyID, db) }
        statuses = statuses.filter(\.isWaiting)
        let waiting = try total(statuses, agencyID: filter.agencyID, db)
        let recent = try waitingAfter(overdueCutoff, statuses: statuses, agencyID: filter.agencyID, db)
        return waiting - recent.values.reduce(0, +)
    }
}
