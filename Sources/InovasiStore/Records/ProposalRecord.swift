import GRDB
import InovasiCore

/// Rows of the `proposal` table.
enum ProposalRecord {
    static let columns = """
        id, title, agency_id, division_id, proposer_name, proposer_contact, initiator_kind, initiator_name, form,
        kind, affair, design, goal, benefit, expected_result, budget, planned_trial_on, planned_implementation_on,
        submitted_at, status, version, updated_at, round
        """

    /// The free-text columns, read in full even with a NUL inside (``StoredText``).
    static let textColumns: Set<String> = [
        "title", "proposer_name", "proposer_contact", "initiator_name", "affair", "design", "goal", "benefit",
        "expected_result",
    ]

    static let select = "SELECT \(StoredText.select(columns, text: textColumns)) FROM proposal"

    static func decode(_ row: Row) throws -> Proposal {
        let table = "proposal"
        return Proposal(
            id: try row.value("id"), title: try row.value("title"), agencyID: try row.value("agency_id"),
            divisionID: try row.value("division_id"), proposerName: try row.value("proposer_name"),
            proposerContact: try row.value("proposer_contact"),
            initiatorKind: try row.enumValue("initiator_kind", table: table),
            initiatorName: try row.value("initiator_name"), form: try row.enumValue("form", table: table),
            kind: try row.enumValue("kind", table: table), affair: try row.value("affair"),
            design: try row.value("design"), goal: try row.value("goal"), benefit: try row.value("benefit"),
            expectedResult: try row.value("expected_result"), budget: try row.value("budget"),
            plannedTrialOn: try row.optionalTime("planned_trial_on", table: table),
            plannedImplementationOn: try row.optionalTime("planned_implementation_on", table: table),
            submittedAt: try row.time("submitted_at", table: table),
            status: try row.enumValue("status", table: table), version: try row.value("version"),
            updatedAt: try row.time("updated_at", table: table), round: try row.value("round"))
    }

    static func fetch(id: Int64, _ db: Database) throws -> Proposal? {
        try Row.fetchOne(db, sql: select + " WHERE id = ?", arguments: [id]).map(decode)
    }

    static let insertSQL =
        "INSERT INTO proposal (\(columns)) VALUES (\(Array(repeating: "?", count: 23).joined(separator: ", ")))"

    /// Arguments for `insertSQL`; an id of 0 lets SQLite choose one.
    static func arguments(_ value: Proposal) -> StatementArguments {
        [
            value.id == 0 ? nil : value.id, value.title, value.agencyID, value.divisionID, value.proposerName,
            value.proposerContact, value.initiatorKind.rawValue, value.initiatorName, value.form.rawValue,
            value.kind.rawValue, value.affair, value.design, value.goal, value.benefit, value.expectedResult,
            value.budget, value.plannedTrialOn.map(StoredTime.text), value.plannedImplementationOn.map(StoredTime.text),
            StoredTime.text(value.submittedAt), value.status.rawValue, value.version, StoredTime.text(value.updatedAt),
            value.round,
        ]
    }

    static let assignSQL = """
        INSERT INTO assignment (proposal_id, reviewer, assigned_at) VALUES (?, ?, ?)
        ON CONFLICT (proposal_id) DO UPDATE SET reviewer = excluded.reviewer, assigned_at = excluded.assigned_at
        """

    static func assignee(proposalID: Int64, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT reviewer FROM assignment WHERE proposal_id = ?", arguments: [proposalID])
    }
}
