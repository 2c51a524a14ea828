import InovasiCore

/// The actions the store records in `audit_log.action` and names in permission refusals.
enum StoreAction {
    static let storeCreate = "store.create"
    static let userAdd = "user.add"
    static let userSetRole = "user.setRole"
    static let agencyAdd = "agency.add"
    static let divisionAdd = "division.add"
    static let agencyEdit = "agency.edit"
    static let agencyDeactivate = "agency.deactivate"
    static let agencyActivate = "agency.activate"
    static let agencyAliasAdd = "agency.aliasAdd"
    static let divisionRename = "division.rename"
    static let divisionRemove = "division.remove"
    /// A city's OPDs and bidang written by `inovasi init --city`.
    static let citySetup = "city.setup"
    static let innovationAdd = "innovation.add"
    /// An innovation's fields or profile changed (`inovasi innovation edit`).
    static let innovationEdit = "innovation.edit"
    /// An innovation moved a stage forward or back.
    static let innovationStage = "innovation.stage"
    /// An innovation made its OPD's or bidang's main one.
    static let innovationSetMain = "innovation.setMain"
    /// An innovation no longer its OPD's or bidang's main one.
    static let innovationUnsetMain = "innovation.unsetMain"
    /// An innovation stopped, with a date and a reason.
    static let innovationStop = "innovation.stop"
    /// A stopped innovation running again.
    static let innovationResume = "innovation.resume"
    static let proposalAdd = "proposal.add"
    /// A proposal's fields corrected (``ProposalAct/edit``).
    static let proposalEdit = "proposal.edit"
    /// A submission recorded by the proposing OPD (demo history and imports write it).
    static let proposalSubmit = "proposal.submit"
    static let sessionAdd = "session.add"
    /// A scheduled session's fields changed (its `sequence` grows).
    static let sessionEdit = "session.edit"
    /// A session called off; it stays, marked cancelled.
    static let sessionCancel = "session.cancel"
    /// A session recorded as held, with attendance and follow-up.
    static let sessionDone = "session.done"
    static let scoreSave = "score.save"
    static let demoImport = "demo.import"
    /// An admin gives a proposal to a reviewer (submitted → inReview, or another reviewer takes over).
    static let assign = "proposal.assign"
    /// An admin takes a proposal in review back from its reviewer (inReview → submitted).
    static let unassign = "proposal.unassign"
    /// A new event that reverses the actor's own last decision or assignment.
    static let undo = "proposal.undo"
    /// Reviewing at all: what a user assigned to a proposal must be allowed.
    static let review = "proposal.review"
    /// An innovation removed again because the approval that created it was undone.
    static let innovationRemove = "innovation.remove"
    /// An IID evidence record entered or changed (level, document, note), or deleted with its innovation.
    static let iidEvidence = "iid.evidence"

    /// The audit action of a proposal event, e.g. `proposal.approve`.
    static func proposal(_ event: ProposalEvent) -> String { "proposal.\(event.rawValue)" }

    static func event(in action: String) -> ProposalEvent? {
        guard action.hasPrefix("proposal.") else { return nil }
        return ProposalEvent(rawValue: String(action.dropFirst("proposal.".count)))
    }
}
