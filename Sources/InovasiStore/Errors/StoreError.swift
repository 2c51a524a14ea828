import Foundation
import InovasiCore

/// Every way the store refuses a request, with the path, id, user or field it concerns.
///
/// Callers show ``message(_:in:)`` to a person and use ``exitCode`` as the process status, so a
/// script can tell bad input (1) from a problem with the store file itself (2).
public enum StoreError: Error, Sendable, Equatable {
    /// `create` found something at the path (or a leftover `-wal`/`-shm`/`-journal` beside it).
    case fileExists(path: String)
    /// `open` found no file at the path.
    case notFound(path: String)
    /// The file is not SQLite, belongs to another program, or is truncated or damaged.
    case notAnInovasiStore(path: String, detail: String)
    /// The file was written by a newer build; it is left untouched.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The header's `user_version` and the `meta` row `schema_version` disagree (`meta` is empty
    /// when the row is missing); the file is left untouched.
    case schemaMismatch(path: String, header: Int, meta: String, supported: Int)
    /// A `-wal` of committed changes lies beside the file and no program holds it open: it may belong
    /// to a file this one replaced, so it is not merged; both files are left untouched.
    case staleLog(path: String, log: String)
    /// `restore` was asked while another program holds the store open for writing; nothing changed.
    case inUse(path: String)
    /// A change was asked of a store opened read-only, or the file cannot be written.
    case readOnly(path: String)
    /// Another process held the write lock longer than the busy timeout.
    case locked(path: String)
    /// The user's role (nil when the user is unknown to the store) does not allow the action.
    case permissionDenied(user: String, role: Role?, action: String)
    /// No user of that name exists.
    case unknownUser(name: String)
    /// A user of that name already exists.
    case duplicateUser(name: String)
    /// No proposal with that id exists.
    case unknownProposal(id: Int64)
    /// Someone else changed the proposal since the caller read it; names who, when and what.
    case staleVersion(
        proposalID: Int64, expected: Int64, actual: Int64, changedBy: String, changedAt: Date, action: String)
    /// The proposal's status does not allow the event.
    case transition(TransitionError)
    /// A value failed validation; names the field.
    case validation(ValidationError)
    /// Reading or writing the file failed for another reason.
    case io(path: String, detail: String)
    /// A reviewer may not review, score or be assigned a proposal of the OPD they work in; names the
    /// reviewer, the proposal and the OPD's code.
    case ownAgency(user: String, proposalID: Int64, agency: String)
    /// Only the reviewer who holds the proposal (`holder`, nil when no one does) or an admin may
    /// decide it (`action`, e.g. `proposal.approve`); `user` is another reviewer.
    case notHolder(user: String, proposalID: Int64, holder: String?, action: String)
    /// `user` is an external member of the tim independen: they may score, never take, hold or
    /// decide (`action`, e.g. `proposal.take` or `proposal.assign` when they were to be assigned).
    case externalMember(user: String, proposalID: Int64, action: String)
    /// The event is not allowed from the status someone else left the proposal in; names who did what
    /// when, so the second of two reviewers knows why their act came too late.
    case statusChanged(
        proposalID: Int64, status: ProposalStatus, event: ProposalEvent, changedBy: String, changedAt: Date,
        action: String)
    /// The act needs another status: assigning (`proposal.assign`) one submitted or in review;
    /// unassigning (`proposal.unassign`) and scoring (`score.save`) one in review.
    case statusRefused(proposalID: Int64, status: ProposalStatus, action: String)
    /// Someone else acted on the proposal after the actor's last undoable action; names who did what when.
    case undoRefused(proposalID: Int64, by: String, at: Date, action: String)
    /// The actor has no decision or assignment on the proposal that may be undone.
    case nothingToUndo(proposalID: Int64)
    /// The user is the only admin: demoting them would leave no one able to manage the store.
    case lastAdmin(name: String)
    /// The files or the folder of a shared store do not let this user open it; says the fix.
    case sharedFiles(SharedFileProblem)
    /// `value` of `field` (an OPD's code, name, short name or alias, or a bidang's name) is already a
    /// name of the OPD with code `by`, so it would name two things.
    case alreadyUsed(field: String, value: String, by: String)
    /// A bidang that innovations or proposals use cannot be removed without rewriting their history.
    case divisionInUse(agency: String, division: String, innovations: Int, proposals: Int)
    /// A kecamatan stays active while `count` of its kelurahan are.
    case villagesStillActive(agency: String, count: Int)
    /// An active kelurahan cannot sit under a deactivated kecamatan: it would show without its kecamatan.
    case parentInactive(agency: String, parent: String)
    /// An operator acts only for the OPD they work for (`agency`, a code); the proposal is of
    /// `proposalAgency` (a code). Names the user so the refusal says whose rule it is.
    case otherAgency(user: String, agency: String, proposalAgency: String)
    /// The record (`agency`, `innovation` or `proposal`) is removed: it must be restored before it
    /// changes, or before what belongs to it is restored.
    case removed(entity: String, id: Int64)
    /// A restore was asked of a record that is not removed.
    case notRemoved(entity: String, id: Int64)
    /// An OPD cannot be removed while these records that are not removed point at it.
    case agencyInUse(agency: String, innovations: Int, proposals: Int, villages: Int, users: Int)
    /// A change of several proposals refused at this one (nothing of the batch was saved): the
    /// refusal names the proposal even when its own message does not.
    indirect case onProposal(id: Int64, StoreError)
    /// The mentoring session changed (edited, cancelled or closed) since the caller read it; names
    /// who changed it last and when, as the audit trail says.
    case sessionChanged(id: Int64, changedBy: String?, changedAt: Date?)
    /// The IID indicator (regulasi) takes its level from the innovation's penetapan, which
    /// `inovasi innovation edit` records; it is never entered as evidence (one fact, one place).
    /// `innovationID` is 0 when none was named.
    case iidFromEnactment(indicator: String, innovationID: Int64)

    /// The process exit status for this refusal: 1 for bad input or a refused request, 2 for a
    /// problem with the store file (missing, foreign, newer, locked, unreadable).
    public var exitCode: Int32 {
        switch self {
        case .notFound, .notAnInovasiStore, .newerSchema, .schemaMismatch, .staleLog, .locked, .io, .sharedFiles:
            2
        case .fileExists, .inUse, .readOnly, .permissionDenied, .unknownUser, .duplicateUser, .unknownProposal,
            .staleVersion, .transition, .validation, .ownAgency, .statusChanged, .statusRefused, .undoRefused,
            .nothingToUndo, .lastAdmin, .alreadyUsed, .divisionInUse, .villagesStillActive,
            .parentInactive, .otherAgency, .removed, .notRemoved, .agencyInUse, .notHolder, .externalMember,
            .sessionChanged, .iidFromEnactment:
            1
        case .onProposal(_, let error): error.exitCode
        }
    }
}
