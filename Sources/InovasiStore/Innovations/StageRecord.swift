import Foundation
import GRDB
import InovasiCore

/// Rows of `innovation_stage`, the dated stage history (schema version 5).
enum StageRecord {
    static let insertSQL = """
        INSERT INTO innovation_stage (innovation_id, stage, changed_on, changed_by, note) VALUES (?, ?, ?, ?, ?)
        """

    static let select = """
        SELECT innovation_id, stage, changed_on, changed_by, \(StoredText.full("note", as: "note"))
        FROM innovation_stage
        """

    static func arguments(_ change: StageChange) -> StatementArguments {
        [change.innovationID, change.stage.rawValue, StoredTime.text(change.on), change.by, change.note]
    }

    static func decode(_ row: Row) throws -> StageChange {
        StageChange(
            innovationID: try row.value("innovation_id"), stage: try row.enumValue("stage", table: "innovation_stage"),
            on: try row.time("changed_on", table: "innovation_stage"), by: try row.value("changed_by"),
            note: try row.value("note"))
    }

    /// Appends one step inside the caller's transaction.
    static func append(_ change: StageChange, _ db: Database) throws {
        try db.execute(sql: insertSQL, arguments: arguments(change))
    }

    /// Dates the first step of an innovation's history `on`, when that step is its inisiatif.
    static func moveStart(of id: Int64, to on: Date, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE innovation_stage SET changed_on = ?
                WHERE id = (SELECT MIN(id) FROM innovation_stage WHERE innovation_id = ?) AND stage = ?
                """,
            arguments: [StoredTime.text(on), id, Stage.initiative.rawValue])
    }

    /// The history of one innovation, oldest first.
    static func history(of id: Int64, _ db: Database) throws -> [StageChange] {
        try Row.fetchAll(db, sql: select + " WHERE innovation_id = ? ORDER BY id", arguments: [id]).map(decode)
    }
}
