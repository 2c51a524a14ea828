import GRDB
import InovasiCore

/// Rows of the `innovation` table.
enum InnovationRecord {
    static let select = """
        SELECT id, \(StoredText.full("title", as: "title")), agency_id, division_id, form, kind, stage,
               initiator_kind, \(StoredText.full("initiator_name", as: "initiator_name")),
               \(StoredText.full("affair", as: "affair")), is_main, \(StoredText.full("summary", as: "summary")),
               started_on, stage_changed_on, proposal_id
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
            stageChangedOn: try row.time("stage_changed_on", table: table), proposalID: try row.value("proposal_id"))
    }

    static let insertSQL = """
        INSERT INTO innovation (id, title, agency_id, division_id, form, kind, stage, initiator_kind, initiator_name,
                                affair, is_main, summary, started_on, stage_changed_on, proposal_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Arguments for `insertSQL`; an id of 0 lets SQLite choose one.
    static func arguments(_ value: Innovation) -> StatementArguments {
        [
            value.id == 0 ? nil : value.id, value.title, value.agencyID, value.divisionID, value.form.rawValue,
            value.kind.rawValue, value.stage.rawValue, value.initiatorKind.rawValue, value.initiatorName, value.affair,
            value.isMain, value.summary, StoredTime.text(value.startedOn), StoredTime.text(value.stageChangedOn),
            value.proposalID,
        ]
    }

    static func fetch(id: Int64, _ db: Database) throws -> Innovation? {
        try Row.fetchOne(db, sql: select + " WHERE id = ?", arguments: [id]).map(decode)
    }
}
