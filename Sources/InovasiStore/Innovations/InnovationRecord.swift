import Foundation
import GRDB
import InovasiCore

/// Rows of the `innovation` table, with the IID profile columns of schema version 5.
enum InnovationRecord {
    static let select = """
        SELECT id, \(StoredText.full("title", as: "title")), agency_id, division_id, form, kind, stage,
               initiator_kind, \(StoredText.full("initiator_name", as: "initiator_name")),
               \(StoredText.full("affair", as: "affair")), is_main, \(StoredText.full("summary", as: "summary")),
               started_on, stage_changed_on, proposal_id,
               \(StoredText.full("design", as: "design")), \(StoredText.full("goal", as: "goal")),
               \(StoredText.full("benefit", as: "benefit")), \(StoredText.full("result", as: "result")), budget,
               shared_affairs, enactment_kind, enactment_number, enactment_on, stopped_on,
               \(StoredText.full("stop_reason", as: "stop_reason"))
        FROM innovation
        """

    static func decode(_ row: Row) throws -> Innovation {
        let table = "innovation"
        return Innovation(
            id: try row.value("id"), title: try row.value("title"), agencyID: try row.value("agency_id"),
            divisionID: try row.value("division_id"), form: try row.enumValue("form", table: table),
            kind: try row.enumValue("kind", table: table), stage: try row.enumValue("stage", table: table),
            initiatorKind: try row.enumValue("initiator_kind", table: table),
            initiatorName: try row.value("initiator_name"), affair: try row.value("affair"),
            isMain: try row.value("is_main"), summary: try row.value("summary"),
            startedOn: try row.time("started_on", table: table),
            stageChangedOn: try row.time("stage_changed_on", table: table), proposalID: try row.value("proposal_id"),
            profile: try profile(row))
    }

    private static func profile(_ row: Row) throws -> InnovationProfile {
        let table = "innovation"
        var enactment: Enactment?
        let kindText: String? = try row.value("enactment_kind")
        if kindText != nil {
            let kind: EnactmentKind = try row.enumValue("enactment_kind", table: table)
            enactment = Enactment(
                kind: kind, number: try row.value("enactment_number") ?? "",
                on: try row.optionalTime("enactment_on", table: table) ?? Date(timeIntervalSince1970: 0))
        }
        return InnovationProfile(
            design: try row.value("design"), goal: try row.value("goal"), benefit: try row.value("benefit"),
            result: try row.value("result"), budget: try row.value("budget"),
            sharedAffairs: try SharedAffairs.decode(try row.value("shared_affairs")), enactment: enactment,
            stoppedOn: try row.optionalTime("stopped_on", table: table), stopReason: try row.value("stop_reason"))
    }

    static let insertSQL = """
        INSERT INTO innovation (id, title, agency_id, division_id, form, kind, stage, initiator_kind, initiator_name,
                                affair, is_main, summary, started_on, stage_changed_on, proposal_id,
                                design, goal, benefit, result, budget, shared_affairs, enactment_kind,
                                enactment_number, enactment_on, stopped_on, stop_reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Arguments for `insertSQL`; an id of 0 lets SQLite choose one.
    static func arguments(_ value: Innovation) -> StatementArguments {
        [
            value.id == 0 ? nil : value.id, value.title, value.agencyID, value.divisionID, value.form.rawValue,
            value.kind.rawValue, value.stage.rawValue, value.initiatorKind.rawValue, value.initiatorName, value.affair,
            value.isMain, value.summary, StoredTime.text(value.startedOn), StoredTime.text(value.stageChangedOn),
            value.proposalID,
        ] + profileArguments(value.profile)
    }

    /// Every column but the id, for an edit: `UPDATE innovation SET … WHERE id = ?`.
    static let updateSQL = """
        UPDATE innovation SET title = ?, agency_id = ?, division_id = ?, form = ?, kind = ?, stage = ?,
               initiator_kind = ?, initiator_name = ?, affair = ?, is_main = ?, summary = ?, started_on = ?,
               stage_changed_on = ?, proposal_id = ?, design = ?, goal = ?, benefit = ?, result = ?, budget = ?,
               shared_affairs = ?, enactment_kind = ?, enactment_number = ?, enactment_on = ?, stopped_on = ?,
               stop_reason = ?
        WHERE id = ?
        """

    /// Arguments for `updateSQL`.
    static func updateArguments(_ value: Innovation) -> StatementArguments {
        var arguments: StatementArguments = [
            value.title, value.agencyID, value.divisionID, value.form.rawValue, value.kind.rawValue,
            value.stage.rawValue, value.initiatorKind.rawValue, value.initiatorName, value.affair, value.isMain,
            value.summary, StoredTime.text(value.startedOn), StoredTime.text(value.stageChangedOn), value.proposalID,
        ]
        arguments += profileArguments(value.profile)
        arguments += [value.id]
        return arguments
    }

    private static func profileArguments(_ profile: InnovationProfile) -> StatementArguments {
        [
            profile.design, profile.goal, profile.benefit, profile.result, profile.budget,
            SharedAffairs.encode(profile.sharedAffairs), profile.enactment?.kind.rawValue, profile.enactment?.number,
            profile.enactment.map { StoredTime.text($0.on) }, profile.stoppedOn.map(StoredTime.text),
            profile.stopReason,
        ]
    }

    static func fetch(id: Int64, _ db: Database) throws -> Innovation? {
        try Row.fetchOne(db, sql: select + " WHERE id = ?", arguments: [id]).map(decode)
    }
}

/// Urusan beririsan as the file keeps them: a JSON array of strings, readable with SQLite's JSON functions.
enum SharedAffairs {
    static func encode(_ affairs: [String]) -> String {
        let data = (try? JSONEncoder().encode(affairs)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [String] {
        guard let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw CorruptValue(table: "innovation", column: "shared_affairs", value: text)
        }
        return list
    }
}
