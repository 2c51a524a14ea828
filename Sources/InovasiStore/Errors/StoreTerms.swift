import InovasiCore

/// Names of domain values as a message shows them, in both languages.
enum StoreTerms {
    static func status(_ status: ProposalStatus) -> Localized {
        switch status {
        case .submitted: Localized(id: "Diajukan", en: "Submitted")
        case .inReview: Localized(id: "Ditinjau", en: "In review")
        case .revisionRequested: Localized(id: "Perlu Revisi", en: "Revision requested")
        case .approved: Localized(id: "Disetujui", en: "Approved")
        case .rejected: Localized(id: "Ditolak", en: "Rejected")
        case .withdrawn: Localized(id: "Ditarik", en: "Withdrawn")
        }
    }

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

    static func role(_ role: Role?) -> Localized {
        switch role {
        case .admin: Localized(id: "admin", en: "admin")
        case .reviewer: Localized(id: "penilai", en: "reviewer")
        case .supervisor: Localized(id: "pimpinan", en: "supervisor")
        case .viewer: Localized(id: "pemantau", en: "viewer")
        case nil: .storeUnregistered
        }
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
        }
    }
}
