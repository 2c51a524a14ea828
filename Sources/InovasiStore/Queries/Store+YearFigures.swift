import Foundation
import GRDB
import InovasiCore

extension Store {
    /// One reporting year of every active OPD (issue 12, point 6), in `zone`'s years: proposals in
    /// by `submitted_at`, decisions by their audit row (undone ones left out, ``UndoSearch``), stage
    /// moves by `innovation_stage.changed_on`, innovations by `started_on`, and the mentoring
    /// sessions done. Removed records are left out as in every count. A few `GROUP BY` queries in
    /// one read snapshot; Swift only folds the groups.
    public func yearFigures(year: ReportingYear, timeZone zone: TimeZone) throws(StoreError) -> YearReport {
        let span = year.interval(in: zone)
        let bounds: StatementArguments = [StoredTime.text(span.lowerBound), StoredTime.text(span.upperBound)]
        return try read { db in
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM agency WHERE active = 1 AND " + Removal.notRemoved(.agency, "id"))
            var rows = Dictionary(uniqueKeysWithValues: ids.map { ($0, YearFigures()) })
            try YearQueries.addProposals(to: &rows, bounds, db)
            try YearQueries.addDecisions(to: &rows, bounds, db)
            try YearQueries.addStageMoves(to: &rows, bounds, db)
            try YearQueries.addStarts(to: &rows, bounds, db)
            let mentoring = try YearQueries.mentoring(bounds, db)
            return YearReport(year: year, byAgency: rows, mentoring: mentoring)
        }
    }
}

/// The `GROUP BY` queries behind ``Store/yearFigures(year:timeZone:)``; `bounds` is the year's
/// first moment and the next year's, as stored text.
enum YearQueries {
    static func addProposals(
        to rows: inout [Int64: YearFigures], _ bounds: StatementArguments, _ db: Database
    ) throws {
        let sql = """
            SELECT agency_id, COUNT(*) AS n FROM proposal
            WHERE submitted_at >= ? AND submitted_at < ? AND \(Removal.notRemoved(.proposal, "id"))
            GROUP BY agency_id
            """
        for row in try Row.fetchAll(db, sql: sql, arguments: bounds) {
            let agencyID: Int64 = try row.value("agency_id")
            rows[agencyID]?.proposalsIn = try row.value("n")
        }
    }

    static func addDecisions(
        to rows: inout [Int64: YearFigures], _ bounds: StatementArguments, _ db: Database
    ) throws {
        let actions: [ProposalEvent] = [.approve, .requestRevision, .reject]
        let list = actions.map { "'\(StoreAction.proposal($0))'" }.joined(separator: ", ")
        let sql = """
            SELECT p.agency_id, a.action, COUNT(*) AS n FROM audit_log a JOIN proposal p ON p.id = a.entity_id
            WHERE a.entity = 'proposal' AND a.action IN (\(list)) AND a.at >= ? AND a.at < ?
              AND \(Removal.notRemoved(.proposal, "p.id")) AND \(UndoSearch.notUndone("a"))
            GROUP BY p.agency_id, a.action
            """
        for row in try Row.fetchAll(db, sql: sql, arguments: bounds) {
            let agencyID: Int64 = try row.value("agency_id")
            let count: Int = try row.value("n")
            switch try row.value("action") as String {
            case StoreAction.proposal(.approve): rows[agencyID]?.approved += count
            case StoreAction.proposal(.requestRevision): rows[agencyID]?.revisionRequested += count
            default: rows[agencyID]?.rejected += count
            }
        }
    }

    /// Each step of the year with the step before it (none for an innovation's first), grouped; a
    /// step is a move when there was one before, back when it goes to an earlier stage, and it
    /// reaches its stage when it goes forward or is the first.
    static func addStageMoves(
        to rows: inout [Int64: YearFigures], _ bounds: StatementArguments, _ db: Database
    ) throws {
        let stages = Stage.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let sql = """
            SELECT agency_id, stage, previous, COUNT(*) AS n FROM (
                SELECT i.agency_id, s.stage,
                       (SELECT b.stage FROM innovation_stage b WHERE b.innovation_id = s.innovation_id
                        AND b.id < s.id ORDER BY b.id DESC LIMIT 1) AS previous
                FROM innovation_stage s JOIN innovation i ON i.id = s.innovation_id
                WHERE s.stage IN (\(stages)) AND s.changed_on >= ? AND s.changed_on < ?
                  AND \(Removal.notRemoved(.innovation, "s.innovation_id"))
            ) GROUP BY agency_id, stage, previous
            """
        for row in try Row.fetchAll(db, sql: sql, arguments: bounds) {
            let agencyID: Int64 = try row.value("agency_id")
            let count: Int = try row.value("n")
            let stage: Stage = try row.enumValue("stage", table: "innovation_stage")
            let previous = try (row.value("previous") as String?).flatMap(Stage.init(rawValue:))
            guard var figures = rows[agencyID] else { continue }
            if let previous { figures.stageMoves += count }
            if let previous, stage < previous { figures.movedBack += count }
            if previous.map({ $0 < stage }) ?? true {
                if stage == .trial { figures.reachedTrial += count }
                if stage == .implementation { figures.reachedImplementation += count }
            }
            rows[agencyID] = figures
        }
    }

    static func addStarts(to rows: inout [Int64: YearFigures], _ bounds: StatementArguments, _ db: Database) throws {
        let sql = """
            SELECT agency_id, COUNT(*) AS n FROM innovation
            WHERE started_on >= ? AND started_on < ? AND \(Removal.notRemoved(.innovation, "id"))
            GROUP BY agency_id
            """
        for row in try Row.fetchAll(db, sql: sql, arguments: bounds) {
            let agencyID: Int64 = try row.value("agency_id")
            rows[agencyID]?.innovationsStarted = try row.value("n")
        }
    }

    /// Sessions done in the year by institution text (classified here), and the active OPDs they
    /// reached: those that attended, or those invited to a done session with no attendance kept.
    static func mentoring(_ bounds: StatementArguments, _ db: Database) throws -> MentoringYear {
        let done = "s.status = '\(SessionStatus.done.rawValue)' AND s.starts_at >= ? AND s.starts_at < ?"
        var year = MentoringYear()
        let byText = """
            SELECT s.speaker_institution AS institution, COUNT(*) AS n FROM mentoring_session s
            WHERE \(done) GROUP BY s.speaker_institution
            """
        for row in try Row.fetchAll(db, sql: byText, arguments: bounds) {
            let count: Int = try row.value("n")
            year.sessionsDone += count
            year.byInstitution[Institution(classifying: try row.value("institution")), default: 0] += count
        }
        let reached = """
            SELECT COUNT(*) FROM agency WHERE active = 1 AND \(Removal.notRemoved(.agency, "id")) AND id IN (
                SELECT sa.agency_id FROM session_attendance sa JOIN mentoring_session s ON s.id = sa.session_id
                WHERE \(done)
                UNION
                SELECT g.agency_id FROM session_agency g JOIN mentoring_session s ON s.id = g.session_id
                WHERE \(done) AND NOT EXISTS (SELECT 1 FROM session_attendance x WHERE x.session_id = s.id))
            """
        year.agenciesReached = try Int.fetchOne(db, sql: reached, arguments: bounds + bounds) ?? 0
        return year
    }
}
