import InovasiCore

/// The actions the store records in `audit_log.action` and names in permission refusals.
enum StoreAction {
    static let storeCreate = "store.create"
    static let userAdd = "user.add"
    static let userSetRole = "user.setRole"
    static let agencyAdd = "agency.add"
    static let divisionAdd = "division.add"
    static let innovationAdd = "innovation.add"
    static let proposalAdd = "proposal.add"
    /// A submission recorded by the proposing OPD (demo history and imports write it).
    static let proposalSubmit = "proposal.submit"
    static let sessionAdd = "session.add"
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

    /// The audit action of a proposal event, e.g. `proposal.approve`.
    static func proposal(_ event: ProposalEvent) -> String { "proposal.\(event.rawValue)" }

    /// What the action is, as "may not …" says it; unknown actions stay as written.
    static func permissionText(_ action: String) -> Localized {
        if let event = event(in: action) { return eventPermission(event) }
        switch action {
        case userAdd: return Localized(id: "menambah pengguna", en: "add users")
        case userSetRole: return Localized(id: "mengubah peran pengguna", en: "change user roles")
        case agencyAdd: return Localized(id: "menambah OPD", en: "add OPDs")
        case divisionAdd: return Localized(id: "menambah bidang", en: "add divisions")
        case innovationAdd: return Localized(id: "menambah inovasi", en: "add innovations")
        case proposalAdd: return Localized(id: "menambah usulan", en: "add proposals")
        case sessionAdd: return Localized(id: "menambah jadwal pendampingan", en: "add mentoring sessions")
        case scoreSave: return Localized(id: "menilai usulan", en: "score proposals")
        case demoImport: return Localized(id: "memuat data demo", en: "import demo data")
        case assign: return Localized(id: "menugaskan penilai", en: "assign reviewers")
        case unassign: return Localized(id: "melepas penilai dari usulan", en: "unassign reviewers")
        case undo: return Localized(id: "membatalkan keputusan", en: "undo decisions")
        case review: return Localized(id: "meninjau usulan", en: "review proposals")
        default: return Localized(id: action, en: action)
        }
    }

    static func event(in action: String) -> ProposalEvent? {
        guard action.hasPrefix("proposal.") else { return nil }
        return ProposalEvent(rawValue: String(action.dropFirst("proposal.".count)))
    }

    private static func eventPermission(_ event: ProposalEvent) -> Localized {
        switch event {
        case .take: Localized(id: "mengambil usulan untuk ditinjau", en: "take proposals into review")
        case .release: Localized(id: "mengembalikan usulan ke antrean", en: "release proposals to the queue")
        case .approve: Localized(id: "menyetujui usulan", en: "approve proposals")
        case .requestRevision: Localized(id: "meminta revisi usulan", en: "ask for revisions")
        case .reject: Localized(id: "menolak usulan", en: "reject proposals")
        case .resubmit: Localized(id: "mencatat pengajuan ulang", en: "record resubmissions")
        case .withdraw: Localized(id: "mencatat penarikan usulan", en: "record withdrawals")
        }
    }
}
