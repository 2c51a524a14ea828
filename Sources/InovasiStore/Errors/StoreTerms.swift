import InovasiCore

/// Words of store messages that the domain's display names (`DomainNames.swift`) do not already give.
enum StoreTerms {
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
        role?.label ?? .storeUnregistered
    }

    /// `A`, `A atau B`, `A, B atau C` (en: `or`).
    static func list(_ items: [String], _ language: Language) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let or = language == .id ? "atau" : "or"
        return items.dropLast().joined(separator: ", ") + " \(or) " + last
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
