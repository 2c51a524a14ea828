import Foundation
import GRDB
import InovasiCore

extension Store {
    /// What the IID planner computes from for `year`: every innovation of the store that is not
    /// removed (its OPD's short name, or code when it has none; its urusan and urusan beririsan; its
    /// stage; the day it first reached penerapan in `zone`, from the stage history; whether it was
    /// stopped) with its answers of that year, and the region's SPD answers.
    ///
    /// An indicator read from the penetapan (``IIDIndicator/fromEnactment``) answers with
    /// ``IIDScore/level(of:)`` of the recorded penetapan, backed when it has a number; evidence
    /// entered for it is ignored. Two queries, whatever the number of innovations.
    public func iidPlanInput(year: Int, rules: IIDRules, zone: TimeZone) throws(StoreError) -> IIDPlanInput {
        try read { db in
            let evidence = try IIDPlanRows.answers(year: year, db)
            let enacted = rules.sid.filter(\.fromEnactment).map(\.number)
            var innovations: [IIDInnovationFacts] = []
            for row in try Row.fetchAll(db, sql: IIDPlanRows.innovationsSQL) {
                var facts = try IIDPlanRows.facts(row, zone: zone)
                var answers = evidence[facts.id] ?? [:]
                let enactment = try IIDPlanRows.enactment(row)
                for number in enacted {
                    answers[number] = enactment
                }
                facts.answers = answers.compactMapValues { $0 }
                innovations.append(facts)
            }
            let spd = (evidence[0] ?? [:]).compactMapValues { $0 }
            return IIDPlanInput(year: year, spdAnswers: spd, innovations: innovations)
        }
    }
}

/// The reads of ``Store/iidPlanInput(year:rules:zone:)``.
enum IIDPlanRows {
    /// Every innovation not removed with its OPD's name and the first day it reached penerapan.
    static let innovationsSQL = """
        SELECT i.id, \(StoredText.full("i.title", as: "title")), i.agency_id,
               CASE WHEN a.short_name <> '' THEN a.short_name ELSE a.code END AS agency_name,
               \(StoredText.full("i.affair", as: "affair")), i.shared_affairs, i.stage, i.stopped_on,
               i.enactment_kind, i.enactment_number,
               (SELECT MIN(s.changed_on) FROM innovation_stage s
                WHERE s.innovation_id = i.id AND s.stage = '\(Stage.implementation.rawValue)') AS implemented_on
        FROM innovation i JOIN agency a ON a.id = i.agency_id
        WHERE \(Removal.notRemoved(.innovation, "i.id"))
        ORDER BY i.id
        """

    /// The year's answers by innovation id (0: the region) and indicator number.
    static func answers(year: Int, _ db: Database) throws -> [Int64: [String: IIDScore.Answer?]] {
        var result: [Int64: [String: IIDScore.Answer?]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT ifnull(innovation_id, 0), indicator, level, document <> '' FROM iid_evidence WHERE year = ?",
            arguments: [year])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let indicator: String = row[1]
            result[id, default: [:]][indicator] = IIDScore.Answer(level: row[2], hasEvidence: row[3])
        }
        return result
    }

    static func facts(_ row: Row, zone: TimeZone) throws -> IIDInnovationFacts {
        let affair: String = try row.value("affair")
        let shared = try SharedAffairs.decode(try row.value("shared_affairs"))
        let implemented = try row.optionalTime("implemented_on", table: "innovation_stage")
        let stopped: String? = try row.value("stopped_on")
        return IIDInnovationFacts(
            id: try row.value("id"), title: try row.value("title"), agencyID: try row.value("agency_id"),
            agencyName: try row.value("agency_name"), affairs: [affair] + shared,
            stage: try row.enumValue("stage", table: "innovation"),
            implementedOn: implemented.map { CalendarDay(containing: $0, in: zone) }, stopped: stopped != nil)
    }

    /// The regulasi answer of the row's penetapan: nil without one (the indicator then has no answer).
    static func enactment(_ row: Row) throws -> IIDScore.Answer? {
        let kind: String? = try row.value("enactment_kind")
        guard kind != nil else { return nil }
        let enactment: EnactmentKind = try row.enumValue("enactment_kind", table: "innovation")
        let number: String = try row.value("enactment_number") ?? ""
        return IIDScore.Answer(
            level: IIDScore.level(of: enactment), hasEvidence: !number.trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
