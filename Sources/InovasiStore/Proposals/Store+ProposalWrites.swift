import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Records a new proposal after `validate()`, for an admin or an operator of its OPD
    /// (``ProposalAct/add``). It enters the queue as submitted, version 1, round 1 (a status other
    /// than `.submitted` is refused: statuses change only through ``apply``). Returns it as stored,
    /// with its new id; one audit row holds it whole.
    public func addProposal(_ proposal: Proposal, by actor: String, now: Date = Date()) throws(StoreError)
        -> Proposal
    {
        try validated(proposal.validate)
        guard proposal.status == .submitted else {
            throw .validation(ValidationError(field: "status", reason: .invalid))
        }
        return try write { db in
            try ProposalPermission.require(
                db, actor: actor, act: .add, action: StoreAction.proposalAdd, agencyID: proposal.agencyID)
            try References.requireAgency(proposal.agencyID, db)
            try References.requireDivision(proposal.divisionID, of: proposal.agencyID, db)
            var saved = proposal
            saved.id = 0
            saved.version = 1
            saved.round = 1
            saved.updatedAt = proposal.submittedAt
            try db.execute(sql: ProposalRecord.insertSQL, arguments: ProposalRecord.arguments(saved))
            let id = db.lastInsertedRowID
            guard let stored = try ProposalRecord.fetch(id: id, db) else { throw MissingRow(table: "proposal", id: id) }
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.proposalAdd, entity: "proposal", entityID: id,
                after: AuditJSON.encode(stored))
            return stored
        }
    }

    /// Corrects a proposal's fields (``ProposalAct/edit``): everything the proposer wrote, its OPD,
    /// bidang and submission time; its status, round, assignee and scores stay. Allowed while it is
    /// submitted or back for revision (`.statusRefused`, action `proposal.edit`, otherwise); for an
    /// operator, only within their own OPD, before and after. The version goes up by one and an
    /// audit row keeps the proposal before and after. When nothing differs, nothing is written
    /// and the stored proposal is returned.
    ///
    /// `expectedVersion`, when given, is the version the editor saw: a proposal changed since is
    /// refused as `.staleVersion` naming who changed it.
    public func editProposal(
        _ edited: Proposal, expectedVersion: Int64? = nil, by actor: String, now: Date = Date()
    ) throws(StoreError) -> Proposal {
        try validated(edited.validate)
        return try write { db in
            guard let stored = try ProposalRecord.fetch(id: edited.id, db) else {
                throw StoreError.unknownProposal(id: edited.id)
            }
            try Removal.requirePresent(.proposal, edited.id, db)
            let user = try ProposalPermission.require(
                db, actor: actor, act: .edit, action: StoreAction.proposalEdit, agencyID: stored.agencyID)
            try ProposalPermission.requireOwnAgency(user, agencyID: edited.agencyID, db)
            try Self.refuseStale(stored, expected: expectedVersion, db)
            guard ProposalAct.edit.isAllowed(in: stored.status) else {
                throw StoreError.statusRefused(
                    proposalID: stored.id, status: stored.status, action: StoreAction.proposalEdit)
            }
            try References.requireAgency(edited.agencyID, db)
            try References.requireDivision(edited.divisionID, of: edited.agencyID, db)
            var next = edited
            next.status = stored.status
            next.round = stored.round
            next.version = stored.version
            next.updatedAt = stored.updatedAt
            guard next != stored else { return stored }
            next.version = stored.version + 1
            try db.execute(sql: Self.updateSQL, arguments: Self.updateArguments(next))
            let assignee = try ProposalRecord.assignee(proposalID: stored.id, db)
            let (after, afterJSON) = try ProposalSnapshot.current(stored.id, db)
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.proposalEdit, entity: "proposal", entityID: stored.id,
                before: AuditJSON.encode(ProposalSnapshot(proposal: stored, assignee: assignee)), after: afterJSON)
            return after
        }
    }

    /// Every field an edit may change, plus the version; keyed by id.
    private static let updateSQL = """
        UPDATE proposal SET title = ?, agency_id = ?, division_id = ?, proposer_name = ?, proposer_contact = ?,
            initiator_kind = ?, initiator_name = ?, form = ?, kind = ?, affair = ?, design = ?, goal = ?,
            benefit = ?, expected_result = ?, budget = ?, planned_trial_on = ?, planned_implementation_on = ?,
            submitted_at = ?, version = ?
        WHERE id = ?
        """

    private static func updateArguments(_ value: Proposal) -> StatementArguments {
        [
            value.title, value.agencyID, value.divisionID, value.proposerName, value.proposerContact,
            value.initiatorKind.rawValue, value.initiatorName, value.form.rawValue, value.kind.rawValue, value.affair,
            value.design, value.goal, value.benefit, value.expectedResult, value.budget,
            value.plannedTrialOn.map(StoredTime.text), value.plannedImplementationOn.map(StoredTime.text),
            StoredTime.text(value.submittedAt), value.version, value.id,
        ]
    }
}
