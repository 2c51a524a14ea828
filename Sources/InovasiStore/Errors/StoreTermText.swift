import InovasiCore

/// Words of store messages that the domain's display names (`DomainText.swift`) do not already give.
enum StoreTermText {
    /// The event as what a proposal "cannot" undergo.
    static func event(_ event: ProposalEvent) -> Localized {
        switch event {
        case .take: Localized(id: "diambil untuk ditinjau", en: "be taken into review")
        case .release: Localized(id: "dikembalikan ke antrean", en: "be released to the queue")
        case .approve: Localized(id: "disetujui", en: "be approved")
        case .requestRevision: Localized(id: "dimintakan revisi", en: "be sent back for revision")
        case .reject: Localized(id: "ditolak", en: "be rejected")
        case .resubmit: Localized(id: "diajukan ulang", en: "be resubmitted")
        case .withdraw: Localized(id: "ditarik", en: "be withdrawn")
        }
    }

    /// The role as the domain names it, or "not registered" for a user the store does not know.
    static func role(_ role: Role?) -> Localized {
        role?.label ?? StoreText.storeUnregistered
    }

    /// `A`, `A atau B`, `A, B atau C` (en: `or`).
    static func list(_ items: [String], _ language: Language) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(or.text(language)) " + last
    }

    static func reason(_ reason: ValidationError.Reason) -> Localized {
        switch reason {
        case .missing: Localized(id: "wajib diisi", en: "is required")
        case .empty: Localized(id: "tidak boleh kosong", en: "must not be empty")
        case .tooLong(let max):
            Localized(
                id: "terlalu panjang (paling banyak \(max) karakter)", en: "is too long (at most \(max) characters)")
        case .outOfRange(let min, let max, let got):
            Localized(
                id: "harus antara \(min) dan \(max) (bukan \(got))",
                en: "must be between \(min) and \(max) (got \(got))")
        case .negative: Localized(id: "tidak boleh negatif", en: "must not be negative")
        case .endBeforeStart: Localized(id: "berakhir sebelum mulai", en: "ends before it starts")
        case .unknownReference:
            Localized(id: "merujuk data yang tidak ada", en: "refers to something that does not exist")
        case .invalid: Localized(id: "tidak sah atau sudah dipakai", en: "is not valid or already in use")
        case .notYet:
            Localized(
                id: "belum tiba; sesi baru bisa ditandai selesai setelah dimulai",
                en: "is still ahead; a session can be marked done only once it has started")
        case .stage(let refusal): refusal.reason
        }
    }

    /// The word joining the last two items of a list.
    static let or = Localized(id: "atau", en: "or")

    /// What the action is, as "may not …" says it; unknown actions stay as written.
    static func permission(_ action: String) -> Localized {
        if let event = StoreAction.event(in: action) { return permission(event) }
        switch action {
        case StoreAction.userAdd: return Localized(id: "menambah pengguna", en: "add users")
        case StoreAction.userSetRole: return Localized(id: "mengubah peran pengguna", en: "change user roles")
        case StoreAction.agencyAdd: return Localized(id: "menambah OPD", en: "add OPDs")
        case StoreAction.divisionAdd: return Localized(id: "menambah bidang", en: "add divisions")
        case StoreAction.innovationAdd: return Localized(id: "menambah inovasi", en: "add innovations")
        case StoreAction.proposalAdd: return Localized(id: "menambah usulan", en: "add proposals")
        case StoreAction.proposalEdit: return Localized(id: "mengubah usulan", en: "edit proposals")
        case StoreAction.sessionAdd: return Localized(id: "menambah jadwal pendampingan", en: "add mentoring sessions")
        case StoreAction.sessionEdit:
            return Localized(id: "mengubah jadwal pendampingan", en: "edit mentoring sessions")
        case StoreAction.sessionCancel:
            return Localized(id: "membatalkan jadwal pendampingan", en: "cancel mentoring sessions")
        case StoreAction.sessionDone:
            return Localized(id: "mencatat pendampingan selesai", en: "mark mentoring sessions done")
        case StoreAction.scoreSave: return Localized(id: "menilai usulan", en: "score proposals")
        case StoreAction.demoImport: return Localized(id: "memuat data demo", en: "import demo data")
        case StoreAction.assign: return Localized(id: "menugaskan penilai", en: "assign reviewers")
        case StoreAction.unassign: return Localized(id: "melepas penilai dari usulan", en: "unassign reviewers")
        case StoreAction.undo: return Localized(id: "membatalkan keputusan", en: "undo decisions")
        case StoreAction.review: return Localized(id: "meninjau usulan", en: "review proposals")
        case StoreAction.iidEvidence: return IIDStoreText.enterEvidence
        default:
            return AgencyStoreText.permission(action) ?? RemovalStoreText.permission(action)
                ?? Localized(verbatim: action)
        }
    }

    private static func permission(_ event: ProposalEvent) -> Localized {
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
